/**
 * The EKS API, read-only: DescribeCluster, recent updates, the principal's access entry and its
 * associated policies, and the authenticator's CloudWatch log. Every answer, error included, is a fact.
 */
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Cluster, EKSClient, Update } from '@aws-sdk/client-eks';
import type { AuthenticationMode } from '../../model/aws/access-entries.js';
import type {
  EksAccessEntry,
  EksApiFacts,
  EksAssociatedPolicy,
  EksCluster,
  EksUpdate,
} from '../../model/aws/eks-facts.js';
import { findAccessEntry } from '../../model/aws/principal-match.js';
import type { SecretSet } from '../secrets.js';
import { parseCertificates } from '../x509.js';
import { answer } from './answer.js';
import { authenticatorLog } from './authenticator-log.js';
import { viaProxy, type AwsProxy } from './proxy.js';
import { eksClient } from './sdk.js';
import { decodeStdBase64 } from '../base64.js';

export interface EksApiEnv {
  clusterName: string;
  region: string;
  credentials: AwsCredentialIdentity;
  deadline: number;
  secrets: SecretSet;
  now: () => number;
  /** The canonical principal the cluster sees; no mapping lookup without it. */
  principal?: string;
  /** The raw ARN STS gave (the authenticator logs it). */
  rawArn?: string;
  /** The runner's https proxy, when it has one. */
  proxy?: AwsProxy;
}

/** Who the cluster sees: known only once the exec plugin's token is read, so a promise. */
export type Principal = Pick<EksApiEnv, 'principal' | 'rawArn'>;

const iso = (d: Date | undefined): string | undefined => d?.toISOString();
const MAX_UPDATES = 5;
const MAX_ENTRY_PAGES = 10;

function caOf(data: string | undefined): EksCluster['ca'] {
  if (!data) return undefined;
  // Decoded as strictly as the kubeconfig's certificate-authority-data, so the two compare alike.
  const decoded = decodeStdBase64(data);
  if (!decoded.ok) return { ok: false, problem: decoded.detail };
  const parsed = parseCertificates(decoded.bytes.toString('utf8'));
  if (!parsed.ok) return { ok: false, problem: parsed.detail };
  const { certs } = parsed;
  return {
    ok: true,
    fingerprints: certs.map((c) => c.fingerprint),
    subjects: certs.map((c) => c.subject),
  };
}

function cluster(c: Cluster | undefined, name: string): EksCluster {
  const vpc = c?.resourcesVpcConfig;
  const logTypes = (c?.logging?.clusterLogging ?? [])
    .filter((l) => l.enabled)
    .flatMap((l) => l.types ?? []);
  const out: EksCluster = { name: c?.name ?? name, status: c?.status ?? 'UNKNOWN', logTypes };
  const fields: Partial<EksCluster> = {
    arn: c?.arn,
    version: c?.version,
    platformVersion: c?.platformVersion,
    endpoint: c?.endpoint,
    ca: caOf(c?.certificateAuthority?.data),
    authenticationMode: c?.accessConfig?.authenticationMode as AuthenticationMode | undefined,
    endpointPublicAccess: vpc?.endpointPublicAccess,
    endpointPrivateAccess: vpc?.endpointPrivateAccess,
    publicAccessCidrs: vpc?.publicAccessCidrs,
    createdAt: iso(c?.createdAt),
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) Object.assign(out, { [k]: v });
  return out;
}

function update(u: Update | undefined, id: string): EksUpdate {
  const at = iso(u?.createdAt);
  return {
    id: u?.id ?? id,
    type: u?.type ?? 'Unknown',
    status: u?.status ?? 'Unknown',
    ...(at ? { createdAt: at } : {}),
    params: (u?.params ?? []).map((p) => ({ type: p.type ?? '', value: p.value ?? '' })),
  };
}

/**
 * DescribeCluster, the updates and the access-entry listing need no principal: they run while
 * `who` is still being worked out (the exec plugin), and only the principal's lookups wait for it.
 */
export async function gatherEksApi(
  base: Omit<EksApiEnv, 'principal' | 'rawArn'>,
  who: Promise<Principal>,
): Promise<EksApiFacts> {
  const o: EksApiEnv = base;
  const sdk = await eksClient();
  const client = new sdk.EKSClient({
    region: o.region,
    credentials: o.credentials,
    maxAttempts: 3,
    ...viaProxy(o.proxy),
  });
  const opts = () => ({ abortSignal: AbortSignal.timeout(Math.max(1, o.deadline - Date.now())) });
  const ask = <T>(f: () => Promise<T>) => answer(o.secrets, f);
  const name = o.clusterName;
  try {
    const described = await ask(async () =>
      cluster((await client.send(new sdk.DescribeClusterCommand({ name }), opts())).cluster, name),
    );
    const facts: EksApiFacts = { clusterName: name, cluster: described };
    if (!described.ok && described.code === 'ResourceNotFoundException') return facts;
    const mode = described.ok ? described.value.authenticationMode : undefined;
    const updates = ask(async () => {
      const list = await client.send(new sdk.ListUpdatesCommand({ name, maxResults: 20 }), opts());
      const ids = (list.updateIds ?? []).slice(-MAX_UPDATES);
      const all = await Promise.all(
        ids.map(async (updateId) => {
          const cmd = new sdk.DescribeUpdateCommand({ name, updateId });
          return update((await client.send(cmd, opts())).update, updateId);
        }),
      );
      return all.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
    });
    const principal = who.then((w) => w.principal);
    const mapping =
      mode !== 'CONFIG_MAP' ? lookUpEntry(client, sdk, principal, name, opts, ask) : undefined;
    const logs =
      described.ok && described.value.logTypes.includes('authenticator')
        ? who.then((w) =>
            w.principal ? authenticatorLog({ ...o, ...w, principal: w.principal }) : undefined,
          )
        : undefined;
    const [u, m, l, w] = await Promise.all([updates, mapping, logs, who]);
    facts.updates = u;
    if (w.principal) facts.principal = w.principal;
    if (m) Object.assign(facts, m);
    if (l) facts.authenticatorLog = l;
    return facts;
  } finally {
    client.destroy();
  }
}

type Sdk = Awaited<ReturnType<typeof eksClient>>;
type Ask = <T>(f: () => Promise<T>) => ReturnType<typeof answer<T>>;

/**
 * The access entry for the principal: ListAccessEntries finds it even when its role ARN carries a
 * path (the canonical ARN has none); without list permission, DescribeAccessEntry by the ARN itself.
 */
async function lookUpEntry(
  client: EKSClient,
  sdk: Sdk,
  principalOf: Promise<string | undefined>,
  name: string,
  opts: () => { abortSignal: AbortSignal },
  ask: Ask,
): Promise<Pick<EksApiFacts, 'accessEntry' | 'accessPolicies'> | undefined> {
  const listing = ask(async () => {
    const all: string[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_ENTRY_PAGES; page++) {
      const cmd = new sdk.ListAccessEntriesCommand({ clusterName: name, nextToken });
      const out = await client.send(cmd, opts());
      all.push(...(out.accessEntries ?? []));
      nextToken = out.nextToken;
      if (!nextToken) break;
    }
    return all;
  });
  const [listed, principal] = await Promise.all([listing, principalOf]);
  if (!principal) return undefined;
  if (!listed.ok && listed.code === 'InvalidRequestException') return { accessEntry: listed };
  const arn = listed.ok ? findAccessEntry(listed.value, principal) : principal;
  if (!arn) return { accessEntry: { ok: true, value: null } };
  const entry = await ask(async (): Promise<EksAccessEntry | null> => {
    const cmd = new sdk.DescribeAccessEntryCommand({ clusterName: name, principalArn: arn });
    try {
      const e = (await client.send(cmd, opts())).accessEntry;
      const created = iso(e?.createdAt);
      const modified = iso(e?.modifiedAt);
      return {
        principalArn: e?.principalArn ?? arn,
        ...(e?.type ? { type: e.type } : {}),
        ...(e?.username ? { username: e.username } : {}),
        kubernetesGroups: e?.kubernetesGroups ?? [],
        ...(created ? { createdAt: created } : {}),
        ...(modified ? { modifiedAt: modified } : {}),
      };
    } catch (err) {
      if ((err as Error).name === 'ResourceNotFoundException') return null;
      throw err;
    }
  });
  if (!entry.ok || !entry.value) return { accessEntry: entry };
  const policies = await ask(async (): Promise<EksAssociatedPolicy[]> => {
    const cmd = new sdk.ListAssociatedAccessPoliciesCommand({
      clusterName: name,
      principalArn: arn,
    });
    const out = await client.send(cmd, opts());
    return (out.associatedAccessPolicies ?? []).map((p) => {
      const at = iso(p.associatedAt);
      const ns = p.accessScope?.namespaces;
      return {
        policyArn: p.policyArn ?? '',
        scope: {
          type: p.accessScope?.type ?? 'cluster',
          ...(ns?.length ? { namespaces: ns } : {}),
        },
        ...(at ? { associatedAt: at } : {}),
      };
    });
  });
  return { accessEntry: entry, accessPolicies: policies };
}
