/**
 * Discovery parsing, on the documents a real kube-apiserver (v1.37) serves; and the built-in
 * resource table checked against that server, so it cannot silently rot.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:https';
import {
  DISCOVERY_ACCEPT,
  isAggregatedDiscovery,
  parseAggregatedDiscovery,
  parseLegacyDiscovery,
} from '../../../src/gather/cluster/discovery.js';
import { BUILTIN, type ApiResource, type ResourceIndex } from '../../../src/model/resources.js';
import { startCluster, type Cluster } from '../../helpers/cluster.js';

let cluster: Cluster;
let aggregated: unknown[];
let plain: unknown[];
let legacy: unknown[];
let index: ResourceIndex;

function get(path: string, accept: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const { ca, admin } = cluster;
    const opts = { ca: ca.certPem, cert: admin.certPem, key: admin.keyPem };
    const req = request(
      `${cluster.server}${path}`,
      { ...opts, headers: { Accept: accept } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject).end();
  });
}

beforeAll(async () => {
  cluster = await startCluster();
  aggregated = [await get('/api', DISCOVERY_ACCEPT), await get('/apis', DISCOVERY_ACCEPT)];
  plain = [await get('/api', 'application/json'), await get('/apis', 'application/json')];
  const groups = (plain[1] as { groups: { versions: { groupVersion: string }[] }[] }).groups;
  const gvs = groups.flatMap((g) => g.versions.map((v) => v.groupVersion));
  legacy = [plain[1], await get('/api/v1', 'application/json')];
  for (const gv of gvs) legacy.push(await get(`/apis/${gv}`, 'application/json'));
  index = parseAggregatedDiscovery(aggregated);
}, 120_000);
afterAll(async () => cluster?.stop(), 30_000);

const find = (ix: ResourceIndex, group: string, resource: string) =>
  ix.resources.find((r) => r.group === group && r.resource === resource);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('parseAggregatedDiscovery', () => {
  it('the server answers DISCOVERY_ACCEPT with apidiscovery.k8s.io/v2', () => {
    expect(aggregated.map(isAggregatedDiscovery)).toEqual([true, true]);
    expect(aggregated.map((d) => (d as { apiVersion: string }).apiVersion)).toEqual([
      'apidiscovery.k8s.io/v2',
      'apidiscovery.k8s.io/v2',
    ]);
    expect(plain.map(isAggregatedDiscovery)).toEqual([false, false]);
  });

  it('reads every fact of a resource', () => {
    expect(find(index, 'apps', 'deployments')).toEqual({
      group: 'apps',
      resource: 'deployments',
      singular: 'deployment',
      kind: 'Deployment',
      shortNames: ['deploy'],
      namespaced: true,
      versions: ['v1'],
      subresources: ['scale', 'status'],
    });
    expect(find(index, '', 'nodes')?.namespaced).toBe(false);
    expect(find(index, '', 'pods')?.subresources).toEqual(expect.arrayContaining(['exec', 'log']));
    expect(index.incomplete).toBeUndefined();
    expect(index.staleGroups).toBeUndefined();
  });

  it('keeps kubectl priority: core first, groups in server order, preferred version first', () => {
    const groups = [...new Set(index.resources.map((r) => r.group))];
    const served = (aggregated[1] as { items: { metadata: { name: string } }[] }).items;
    expect(groups).toEqual(['', ...served.map((i) => i.metadata.name)]);
    expect(find(index, 'autoscaling', 'horizontalpodautoscalers')?.versions).toEqual(['v2', 'v1']);
    // Two `events`: the core one comes first, which is the one kubectl picks.
    expect(index.resources.filter((r) => r.resource === 'events').map((r) => r.group)).toEqual([
      '',
      'events.k8s.io',
    ]);
  });

  it('reads v2beta1 (older servers; same shape; v1.37 no longer serves it)', () => {
    const beta = clone(aggregated) as { apiVersion: string }[];
    for (const d of beta) d.apiVersion = 'apidiscovery.k8s.io/v2beta1';
    expect(beta.map(isAggregatedDiscovery)).toEqual([true, true]);
    expect(parseAggregatedDiscovery(beta)).toEqual(index);
  });

  it('records stale groups (an aggregated API whose backend is down)', () => {
    const docs = clone(aggregated) as {
      items: { metadata: { name?: string }; versions: { freshness?: string }[] }[];
    }[];
    const apps = docs[1]!.items.find((i) => i.metadata.name === 'apps')!;
    apps.versions[0]!.freshness = 'Stale';
    expect(parseAggregatedDiscovery(docs).staleGroups).toEqual(['apps']);
  });

  it('marks the index incomplete when the server answered plain JSON (no aggregated discovery)', () => {
    expect(parseAggregatedDiscovery(plain)).toEqual({ resources: [], incomplete: true });
    expect(parseAggregatedDiscovery([])).toEqual({ resources: [], incomplete: true });
    const junk = [
      null,
      'x',
      42,
      {
        kind: 'APIGroupDiscoveryList',
        apiVersion: 'apidiscovery.k8s.io/v2',
        items: [null, { versions: [{ resources: [null, {}] }] }],
      },
    ];
    expect(parseAggregatedDiscovery(junk)).toEqual({ resources: [], incomplete: true });
  });
});

describe('parseLegacyDiscovery', () => {
  it('APIGroupList + APIResourceLists give the same index as aggregated discovery', () => {
    expect(parseLegacyDiscovery(legacy)).toEqual(index);
  });

  it('without an APIGroupList keeps the documents order (core still first)', () => {
    const lists = legacy.slice(1).reverse();
    const groups = [...new Set(parseLegacyDiscovery(lists).resources.map((r) => r.group))];
    expect(groups[0]).toBe('');
    expect(groups.at(-1)).toBe('apiregistration.k8s.io');
    expect(
      find(parseLegacyDiscovery(lists), 'autoscaling', 'horizontalpodautoscalers')?.versions,
    ).toEqual(['v1', 'v2']);
  });

  it('nothing usable: an incomplete, empty index', () => {
    expect(parseLegacyDiscovery([plain[1], null])).toEqual({ resources: [], incomplete: true });
  });
});

describe('the built-in table agrees with the server', () => {
  // One line per resource: the diff of a failure is the edit to make in src/model/resources.ts.
  const line = (r: ApiResource) =>
    [
      r.group || 'core',
      r.resource,
      r.kind,
      r.singular,
      r.namespaced ? 'N' : 'C',
      r.shortNames,
      r.versions,
      r.subresources,
    ].join(' ');

  it('same resources, kinds, scopes, short names, versions, subresources and order', () => {
    const table = BUILTIN.resources.filter((r) => !r.virtual);
    expect(table.map(line).join('\n')).toEqual(index.resources.map(line).join('\n'));
  });

  it('virtual entries (users, groups, uids, userextras, signers) are not served', () => {
    const virtual = BUILTIN.resources.filter((r) => r.virtual);
    expect(virtual.map((r) => r.resource)).toEqual([
      'groups',
      'users',
      'uids',
      'userextras',
      'signers',
    ]);
    for (const r of virtual) expect(find(index, r.group, r.resource)).toBeUndefined();
  });
});
