/**
 * The EKS state moto 5.2.1 cannot model (access entries, associated policies, updates; its
 * DescribeCluster has a random endpoint and non-PEM CA, is always ACTIVE, has no accessConfig),
 * with EKS's restJson1 answers (epoch-second timestamps, `x-amzn-errortype` errors). `overlay()`
 * lays what the test set over moto's cluster; aws-front.ts serves it all over HTTP.
 */
import { randomUUID } from 'node:crypto';
import type { Answer, EksRoute } from './aws-wire.js';
import { answerWrite, WRITES } from './eks-emulator-writes.js';

export type AuthenticationMode = 'CONFIG_MAP' | 'API_AND_CONFIG_MAP' | 'API';
/** What DescribeCluster shows on top of moto's cluster (deep-merged, arrays replaced). */
export interface ClusterOverlay {
  status?: 'CREATING' | 'ACTIVE' | 'DELETING' | 'FAILED' | 'UPDATING' | 'PENDING';
  endpoint?: string;
  version?: string;
  platformVersion?: string;
  certificateAuthority?: { data?: string } /* base64 of the CA PEM */;
  accessConfig?: {
    authenticationMode?: AuthenticationMode;
    bootstrapClusterCreatorAdminPermissions?: boolean;
  };
  resourcesVpcConfig?: {
    endpointPublicAccess?: boolean;
    endpointPrivateAccess?: boolean;
    publicAccessCidrs?: string[];
  };
  logging?: { clusterLogging: { types: string[]; enabled: boolean }[] };
}
export interface AccessEntryInput {
  principalArn: string;
  /** STANDARD (default), EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, HYBRID_LINUX, EC2. */
  type?: string;
  username?: string;
  kubernetesGroups?: string[];
  tags?: Record<string, string>;
}
export interface AccessEntry extends Required<AccessEntryInput> {
  clusterName: string;
  accessEntryArn: string;
  createdAt: number;
  modifiedAt: number;
}
export type AccessScope = { type: 'cluster' | 'namespace'; namespaces?: string[] };
export interface AssociatedAccessPolicy {
  policyArn: string;
  accessScope: AccessScope;
  associatedAt: number;
  modifiedAt: number;
}
export type UpdateParam = { type: string; value: string };
export type ErrorDetail = { errorCode?: string; errorMessage?: string; resourceIds?: string[] };
export interface UpdateInput {
  /** e.g. AccessConfigUpdate, EndpointAccessUpdate, LoggingUpdate, VersionUpdate. */
  type: string;
  params?: UpdateParam[];
  /** InProgress, Failed, Cancelled, Successful (default). */
  status?: string;
  createdAt?: Date;
  errors?: ErrorDetail[];
}
export interface Update extends Required<Omit<UpdateInput, 'createdAt'>> {
  id: string;
  createdAt: number;
}
const NOT_FOUND = 'ResourceNotFoundException';
// EKS's wordings: REFERENCE.md §5.1, and terraform-aws-modules/terraform-aws-eks#3024 for an
// unknown entry. The unknown-update wording in answer() is ours (not seen from EKS).
const MODE_REFUSED =
  "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.";
const NO_ENTRY =
  "The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.";
const epoch = (d: Date = new Date()): number => d.getTime() / 1000;
const eksError = (status: number, code: string, message: string, clusterName: string): Answer => ({
  status,
  code,
  body: { clusterName, message },
});

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => !!v && typeof v === 'object' && !Array.isArray(v);
/** `over` deep-merged onto `base` (objects merged, anything else replaced, undefined skipped). */
function merge(base: Plain, over: Plain): Plain {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    if (v !== undefined) out[k] = isPlain(b) && isPlain(v) ? merge(b, v) : v;
  }
  return out;
}
/** One page of `items` as EKS pages (maxResults 1-100, default 100; nextToken opaque). */
function page<T>(items: T[], q: URLSearchParams, key: string): Plain {
  const start = Number(q.get('nextToken') ?? 0) || 0;
  const end = start + Math.min(100, Math.max(1, Number(q.get('maxResults') ?? 100) || 100));
  return { [key]: items.slice(start, end), ...(end < items.length ? { nextToken: `${end}` } : {}) };
}
/** EKS's default username for an entry (EKS user guide; REFERENCE.md §5.2). */
function defaultUsername(principalArn: string, type: string): string {
  if (/^EC2/.test(type)) return 'system:node:{{EC2PrivateDNSName}}';
  if (type !== 'STANDARD') return 'system:node:{{SessionName}}';
  const [, , , , account = '', resource = ''] = principalArn.split(':');
  if (!resource.startsWith('role/')) return principalArn;
  return `arn:aws:sts::${account}:assumed-role/${resource.split('/').pop()}/{{SessionName}}`;
}

type Entry = { entry: AccessEntry; policies: AssociatedAccessPolicy[] };
type ClusterState = { overlay: ClusterOverlay; entries: Map<string, Entry>; updates: Update[] };

export class EksEmulator {
  private readonly clusters = new Map<string, ClusterState>();

  constructor(
    readonly region: string,
    readonly account: string,
  ) {}

  private state(name: string): ClusterState {
    const got = this.clusters.get(name) ?? { overlay: {}, entries: new Map(), updates: [] };
    this.clusters.set(name, got);
    return got;
  }

  /** What DescribeCluster shows of `name` beyond moto; merged into what was set before. */
  setCluster(name: string, overlay: ClusterOverlay): void {
    const s = this.state(name);
    s.overlay = merge(s.overlay as Plain, overlay as Plain) as ClusterOverlay;
  }

  /** Creates or replaces an access entry (default type STANDARD and EKS's default username). */
  putAccessEntry(cluster: string, e: AccessEntryInput): AccessEntry {
    const type = e.type ?? 'STANDARD';
    const [, , , , account = '', resource = ''] = e.principalArn.split(':');
    const kind = resource.split('/')[0];
    const name = resource.split('/').pop();
    const now = epoch();
    const entry: AccessEntry = {
      clusterName: cluster,
      principalArn: e.principalArn,
      kubernetesGroups: e.kubernetesGroups ?? [],
      accessEntryArn: `arn:aws:eks:${this.region}:${this.account}:access-entry/${cluster}/${kind}/${account}/${name}/${randomUUID()}`,
      createdAt: now,
      modifiedAt: now,
      tags: e.tags ?? {},
      username: e.username ?? defaultUsername(e.principalArn, type),
      type,
    };
    this.state(cluster).entries.set(e.principalArn, { entry, policies: [] });
    return entry;
  }

  /** Associates an access policy (ARN, or just its name such as AmazonEKSViewPolicy) with an entry. */
  associatePolicy(
    cluster: string,
    principalArn: string,
    policy: string,
    accessScope: AccessScope = { type: 'cluster' },
  ): AssociatedAccessPolicy {
    const e = this.state(cluster).entries.get(principalArn);
    if (!e) throw new Error(`no access entry for ${principalArn} on ${cluster}`);
    const policyArn = policy.startsWith('arn:')
      ? policy
      : `arn:aws:eks::aws:cluster-access-policy/${policy}`;
    const now = epoch();
    const associated = { policyArn, accessScope, associatedAt: now, modifiedAt: now };
    e.policies = [...e.policies.filter((p) => p.policyArn !== policyArn), associated];
    return associated;
  }

  /** Records a cluster update (ListUpdates / DescribeUpdate); status Successful by default. */
  addUpdate(cluster: string, u: UpdateInput): Update {
    const update = {
      id: randomUUID(),
      status: u.status ?? 'Successful',
      type: u.type,
      params: u.params ?? [],
      createdAt: epoch(u.createdAt),
      errors: u.errors ?? [],
    };
    this.state(cluster).updates.push(update);
    return update;
  }

  /** What the cluster's authenticator reads: its access entries and authentication mode. */
  mapping(name: string): { entries: AccessEntry[]; mode: AuthenticationMode } {
    const s = this.state(name);
    const mode = s.overlay.accessConfig?.authenticationMode ?? 'API_AND_CONFIG_MAP';
    return { entries: [...s.entries.values()].map((e) => e.entry), mode };
  }

  /** An entry changed in place (UpdateAccessEntry), its policies kept. */
  replaceEntry(cluster: string, entry: AccessEntry): void {
    const e = this.state(cluster).entries.get(entry.principalArn);
    if (e) e.entry = entry;
  }

  /** Forgets every overlay, entry and update. */
  reset(): void {
    this.clusters.clear();
  }

  /** The ARN IAM would name for `route` (the access entry's, else the cluster's). */
  resourceArn(route: EksRoute, account: string): string {
    const entry = this.clusters.get(route.cluster ?? '')?.entries.get(route.principalArn ?? '');
    return (
      entry?.entry.accessEntryArn ??
      `arn:aws:eks:${this.region}:${account}:cluster/${route.cluster ?? '*'}`
    );
  }

  /** moto's DescribeCluster answer with the EKS defaults moto lacks and the test's overlay on top. */
  overlay(name: string, moto: Plain): Plain {
    const defaults = {
      accessConfig: {
        bootstrapClusterCreatorAdminPermissions: true,
        authenticationMode: 'API_AND_CONFIG_MAP',
      },
      resourcesVpcConfig: {
        endpointPublicAccess: true,
        endpointPrivateAccess: false,
        publicAccessCidrs: ['0.0.0.0/0'],
      },
    };
    const cluster = merge(defaults, isPlain(moto.cluster) ? moto.cluster : {});
    return { ...moto, cluster: merge(cluster, this.state(name).overlay as Plain) };
  }

  /** The answer to an EMULATED call on a cluster moto has. */
  answer(r: EksRoute, q: URLSearchParams, body: Buffer = Buffer.alloc(0)): Answer {
    const clusterName = r.cluster ?? '';
    const c = this.state(clusterName);
    const ok = (body: Plain): Answer => ({ status: 200, body });
    // Updates of node groups, add-ons or capabilities are not modelled: none exist.
    const other = ['nodegroupName', 'addonName', 'capabilityName'].some((k) => q.has(k));
    const updates = other ? [] : c.updates;
    const ids = updates.map((u) => u.id);
    if (r.op === 'ListUpdates') return ok(page(ids, q, 'updateIds'));
    if (r.op === 'DescribeUpdate') {
      const update = updates.find((u) => u.id === r.updateId);
      const missing = `No update found for ID: ${r.updateId}`;
      return update ? ok({ update }) : eksError(404, NOT_FOUND, missing, clusterName);
    }
    if ((c.overlay.accessConfig?.authenticationMode ?? 'API_AND_CONFIG_MAP') === 'CONFIG_MAP')
      return eksError(400, 'InvalidRequestException', MODE_REFUSED, clusterName);
    const missing = eksError(404, NOT_FOUND, NO_ENTRY, clusterName);
    if (WRITES.has(r.op)) return answerWrite(this, r, body, missing);
    if (r.op === 'ListAccessEntries') {
      const policy = q.get('associatedPolicyArn');
      const arns = [...c.entries.values()]
        .filter((e) => !policy || e.policies.some((p) => p.policyArn === policy))
        .map((e) => e.entry.principalArn);
      return ok(page(arns, q, 'accessEntries'));
    }
    const e = c.entries.get(r.principalArn ?? '');
    if (!e) return missing;
    if (r.op === 'DescribeAccessEntry') return ok({ accessEntry: e.entry });
    const { principalArn } = e.entry;
    return ok({ clusterName, principalArn, ...page(e.policies, q, 'associatedAccessPolicies') });
  }
}
