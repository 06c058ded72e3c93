/**
 * API discovery documents → a ResourceIndex, in the order kubectl's RESTMapper gives priority:
 * the core group first, then the groups as the server lists them, preferred version first.
 * Pure: the caller fetches GET /api and GET /apis with DISCOVERY_ACCEPT (or, on servers without
 * aggregated discovery, /api/v1 and /apis/<group>/<version>) and passes the parsed JSON.
 */
import type { ApiResource, ResourceIndex } from '../../model/resources.js';

/** Aggregated discovery v2, then v2beta1 (older servers), then plain JSON (no aggregation). */
export const DISCOVERY_ACCEPT =
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,' +
  'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,' +
  'application/json';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strs = (v: unknown): string[] => arr(v).filter((s): s is string => typeof s === 'string');

/** True for an APIGroupDiscoveryList (apidiscovery.k8s.io v2 or v2beta1). */
export function isAggregatedDiscovery(doc: unknown): boolean {
  return (
    isObj(doc) &&
    doc.kind === 'APIGroupDiscoveryList' &&
    /^apidiscovery\.k8s\.io\/v2(beta1)?$/.test(str(doc.apiVersion))
  );
}

/** Collects resources, merging the versions of one group/resource into one entry. */
class Builder {
  private readonly byKey = new Map<string, ApiResource>();
  readonly staleGroups = new Set<string>();

  add(r: ApiResource, version: string): void {
    if (!r.resource) return;
    const prev = this.byKey.get(`${r.group}/${r.resource}`);
    if (!prev) this.byKey.set(`${r.group}/${r.resource}`, { ...r, versions: [version] });
    else if (!prev.versions.includes(version)) prev.versions.push(version);
  }

  addSubresource(group: string, resource: string, sub: string): void {
    const r = this.byKey.get(`${group}/${resource}`);
    if (r && !r.subresources.includes(sub)) r.subresources.push(sub);
  }

  /** Core first (kubectl's fixed top priority), otherwise the order the resources were added in. */
  build(incomplete: boolean): ResourceIndex {
    const all = [...this.byKey.values()];
    const resources = [...all.filter((r) => r.group === ''), ...all.filter((r) => r.group !== '')];
    for (const r of resources) r.subresources.sort();
    return {
      resources,
      ...(this.staleGroups.size ? { staleGroups: [...this.staleGroups] } : {}),
      ...(incomplete ? { incomplete: true } : {}),
    };
  }
}

/**
 * The responses of GET /api and GET /apis asked with DISCOVERY_ACCEPT. Documents that are not
 * aggregated discovery (an older server answered plain APIVersions/APIGroupList) are skipped and
 * mark the index incomplete, so a miss is not taken as proof that a type does not exist.
 */
export function parseAggregatedDiscovery(docs: unknown[]): ResourceIndex {
  const b = new Builder();
  let incomplete = docs.length === 0;
  for (const doc of docs) {
    if (!isAggregatedDiscovery(doc)) {
      incomplete = true;
      continue;
    }
    for (const item of arr((doc as Obj).items)) {
      if (!isObj(item)) continue;
      const group = str(isObj(item.metadata) ? item.metadata.name : undefined);
      // Versions come in the server's preference order: the first is the preferred one.
      for (const v of arr(item.versions)) {
        if (!isObj(v)) continue;
        const version = str(v.version);
        if (v.freshness === 'Stale') b.staleGroups.add(group);
        for (const r of arr(v.resources)) {
          if (!isObj(r)) continue;
          const kind = str(isObj(r.responseKind) ? r.responseKind.kind : undefined);
          const resource = str(r.resource);
          b.add(
            {
              group,
              resource,
              singular: str(r.singularResource) || kind.toLowerCase(),
              kind,
              shortNames: strs(r.shortNames),
              namespaced: r.scope === 'Namespaced',
              versions: [],
              subresources: [],
            },
            version,
          );
          for (const s of arr(r.subresources))
            if (isObj(s) && str(s.subresource))
              b.addSubresource(group, resource, str(s.subresource));
        }
      }
    }
  }
  return b.build(incomplete);
}

const splitGroupVersion = (gv: string): [string, string] => {
  const i = gv.indexOf('/');
  return i < 0 ? ['', gv] : [gv.slice(0, i), gv.slice(i + 1)];
};

/**
 * The legacy shape: APIResourceList documents (GET /api/v1, /apis/<group>/<version>). An
 * APIGroupList (GET /apis) among them, when given, sets group order and preferred versions;
 * otherwise the documents' own order is kept.
 */
export function parseLegacyDiscovery(docs: unknown[]): ResourceIndex {
  const lists = docs.filter((d): d is Obj => isObj(d) && d.kind === 'APIResourceList');
  const groupList = docs.find((d): d is Obj => isObj(d) && d.kind === 'APIGroupList');
  const rank = new Map<string, number>([['v1', 0]]);
  arr(groupList?.groups).forEach((g, gi) => {
    if (!isObj(g)) return;
    const preferred = str(isObj(g.preferredVersion) ? g.preferredVersion.groupVersion : undefined);
    const versions = arr(g.versions).map((v) => str(isObj(v) ? v.groupVersion : undefined));
    for (const [vi, gv] of [preferred, ...versions.filter((v) => v !== preferred)].entries())
      if (gv && !rank.has(gv)) rank.set(gv, (gi + 1) * 1000 + vi);
  });
  const order = (d: Obj) => rank.get(str(d.groupVersion)) ?? Number.MAX_SAFE_INTEGER;
  const sorted = lists
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order(a.d) - order(b.d) || a.i - b.i)
    .map(({ d }) => d);
  const b = new Builder();
  for (const list of sorted) {
    const [group, version] = splitGroupVersion(str(list.groupVersion));
    const entries = arr(list.resources).filter(isObj);
    for (const r of entries) {
      const name = str(r.name);
      if (name.includes('/')) continue;
      const kind = str(r.kind);
      b.add(
        {
          group,
          resource: name,
          singular: str(r.singularName) || kind.toLowerCase(),
          kind,
          shortNames: strs(r.shortNames),
          namespaced: r.namespaced === true,
          versions: [],
          subresources: [],
        },
        version,
      );
    }
    for (const r of entries) {
      const [resource, sub] = str(r.name).split('/', 2);
      if (resource && sub) b.addSubresource(group, resource, sub);
    }
  }
  return b.build(lists.length === 0);
}
