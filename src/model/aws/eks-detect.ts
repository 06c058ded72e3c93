/** Whether a context talks to EKS, and which cluster, region and AWS identity settings it uses. */
import { flagValue } from '../exec-args.js';
import type { TargetFacts } from '../facts.js';

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
    found.region = flagValue(args, '--region');
    found.roleArn = flagValue(args, '--role-arn');
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
  const host = hostOf(t.cluster?.value.server);
  const serverRegion = host ? SERVER.exec(host)?.[1] : undefined;
  if (serverRegion) {
    signals.push(`server host ${host}`);
    found.region ??= serverRegion;
  }
  const ctx = CONTEXT_ARN.exec(t.contextName);
  if (ctx) {
    signals.push('context name is an EKS cluster ARN');
    found.region ??= ctx[2];
    found.accountId = ctx[3];
    found.clusterName ??= ctx[4];
  }
  const token = [t.token, t.tokenFile].find((l) => l?.ok && l.value.format === 'eks');
  if (token?.ok) {
    if (authenticator === 'other') authenticator = 'static-token';
    signals.push('a static EKS token (k8s-aws-v1.)');
    found.region ??= token.value.eks?.region;
  }
  if (overrides.cluster) found.clusterName = overrides.cluster;
  if (overrides.region) found.region = overrides.region;
  if (signals.length === 0 && !overrides.cluster) return undefined;
  if (signals.length === 0) signals.push('the eks-cluster input');
  const out: EksTarget = { authenticator, signals };
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
