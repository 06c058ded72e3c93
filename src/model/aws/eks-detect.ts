/** Whether a context talks to EKS, and which cluster, region and AWS identity settings it uses. */
import { flagValue } from '../exec-args.js';
import type { TargetFacts } from '../facts.js';

/** Where a region was stated. */
export type RegionSource =
  'exec' | 'server host' | 'context ARN' | 'aws-region input' | 'AWS_REGION';

export interface EksTarget {
  clusterName?: string;
  region?: string;
  accountId?: string;
  /** `--role-arn` of `aws eks get-token` / `-r` of aws-iam-authenticator: the plugin assumes it. */
  roleArn?: string;
  /** `--profile` or AWS_PROFILE in the exec env. */
  profile?: string;
  /** How the kubeconfig gets its EKS token. */
  authenticator: 'aws-cli' | 'aws-iam-authenticator' | 'static-token' | 'other';
  /** The signals that said "EKS", for the report (`exec aws eks get-token`, `server host`, …). */
  signals: string[];
  /** `--cluster-id`: an Outposts local cluster, whose tokens carry the id, not the name. */
  outpostsId?: boolean;
  /** The cluster the exec plugin signs its tokens for (`--cluster-name`, `-i`), when it names one. */
  execCluster?: string;
  /** The cluster named by a context that is a cluster ARN (as `aws eks update-kubeconfig` writes). */
  contextCluster?: string;
  /** Every region the kubeconfig states, by where it says it (they should agree). A token's
   * signing region is not one: STS in any region of the partition accepts it. */
  regionSources?: { from: RegionSource; region: string }[];
}

const SERVER = /^[a-z0-9]+\.[a-z0-9]+\.([a-z]{2}(?:-[a-z]+)+-\d)\.eks\.amazonaws\.com(?:\.cn)?$/i;
const CONTEXT_ARN = /^arn:(aws[a-z-]*):eks:([a-z0-9-]+):(\d{12}):cluster\/(.+)$/;

function base(command: string): string {
  return (
    command
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.exe$/i, '') ?? ''
  );
}

/** Undefined when nothing says EKS. Explicit inputs (`eks-cluster`, `aws-region`) win. */
export function detectEks(
  t: TargetFacts,
  overrides: { cluster?: string; region?: string } = {},
): EksTarget | undefined {
  const signals: string[] = [];
  const found: Partial<EksTarget> = {};
  let authenticator: EksTarget['authenticator'] = 'other';
  const exec = t.user?.value.exec;
  const args = (exec?.args ?? []).map(String);
  const env = new Map((exec?.env ?? []).map((e) => [e?.name, e?.value]));
  const cmd = base(exec?.command ?? '');
  if (cmd === 'aws' && args.includes('eks') && args.includes('get-token')) {
    authenticator = 'aws-cli';
    signals.push('exec `aws eks get-token`');
    found.clusterName = flagValue(args, '--cluster-name') ?? flagValue(args, '--cluster-id');
    // update-kubeconfig writes --cluster-id for an Outposts local cluster: the id, not the name.
    if (!flagValue(args, '--cluster-name') && flagValue(args, '--cluster-id'))
      found.outpostsId = true;
    found.region = flagValue(args, '--region');
    // The CLI takes unambiguous prefixes, and update-kubeconfig writes `--role`.
    found.roleArn = flagValue(args, '--role-arn') ?? flagValue(args, '--role');
    found.profile = flagValue(args, '--profile');
  } else if (cmd === 'aws-iam-authenticator' && args.includes('token')) {
    authenticator = 'aws-iam-authenticator';
    signals.push('exec `aws-iam-authenticator token`');
    found.clusterName = flagValue(args, '-i', '--cluster-id');
    found.roleArn = flagValue(args, '-r', '--role');
    found.region = flagValue(args, '--region');
  }
  found.profile ??= env.get('AWS_PROFILE');
  found.region ??= env.get('AWS_REGION') ?? env.get('AWS_DEFAULT_REGION');
  const execRegion = found.region;
  found.region = undefined;
  const execCluster = found.clusterName;
  const contextCluster = CONTEXT_ARN.exec(t.contextName)?.[4];
  const host = hostOf(t.cluster?.value.server);
  // A DNS name has at most 253 characters; on megabytes the regex's repeated group overflows.
  const serverRegion = host && host.length <= 253 ? SERVER.exec(host)?.[1] : undefined;
  if (serverRegion) {
    signals.push(`server host ${host}`);
    // Where the cluster is beats what the plugin signs with (any STS region is accepted).
    found.region = serverRegion;
  }
  const ctx = CONTEXT_ARN.exec(t.contextName);
  if (ctx) {
    signals.push('context name is an EKS cluster ARN');
    found.region ??= ctx[2];
    found.accountId = ctx[3];
    found.clusterName ??= ctx[4];
  }
  found.region ??= execRegion;
  const token = [t.token, t.tokenFile].find((l) => l?.ok && l.value.format === 'eks');
  const tokenRegion = token?.ok ? token.value.eks?.region : undefined;
  if (token?.ok) {
    if (authenticator === 'other') authenticator = 'static-token';
    signals.push('a static EKS token (k8s-aws-v1.)');
    found.region ??= tokenRegion;
  }
  const regionSources = (
    [
      ['exec', execRegion],
      ['server host', serverRegion],
      ['context ARN', ctx?.[2]],
    ] as const
  ).flatMap(([from, region]) => (region ? [{ from, region }] : []));
  if (overrides.cluster) found.clusterName = overrides.cluster;
  if (overrides.region) found.region = overrides.region;
  if (signals.length === 0 && !overrides.cluster) return undefined;
  if (signals.length === 0) signals.push('the eks-cluster input');
  const out: EksTarget = { authenticator, signals };
  if (execCluster) out.execCluster = execCluster;
  if (contextCluster) out.contextCluster = contextCluster;
  if (regionSources.length) out.regionSources = regionSources;
  if (found.outpostsId) out.outpostsId = true;
  for (const k of ['clusterName', 'region', 'accountId', 'roleArn', 'profile'] as const) {
    const v = found[k];
    if (v) out[k] = v;
  }
  return out;
}

function hostOf(server: string | undefined): string | undefined {
  try {
    return server ? new URL(server).hostname : undefined;
  } catch {
    return undefined;
  }
}
