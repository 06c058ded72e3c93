/** Reading the EKS API facts the same way in checks, the diagnosis and the report. Pure. */
import type { TargetFacts } from '../facts.js';
import {
  effectiveMapping,
  type AuthenticationMode,
  type EffectiveMapping,
} from './access-entries.js';
import { accountOf, canonicalizeArn } from './arn.js';
import { mapIdentity, type AwsAuthMapping } from './aws-auth-match.js';
import type { EksApiFacts, EksCluster } from './eks-facts.js';
import type { AwsFacts } from './facts.js';
import { awsAuthOf, awsTargets } from './view.js';
import { trimEndOf } from '../text.js';

export interface EksView {
  t: TargetFacts;
  aws: AwsFacts;
  api: EksApiFacts;
  /** DescribeCluster's answer when it succeeded. */
  cluster?: EksCluster;
}

/** Targets whose EKS API was asked. */
export function eksTargets(targets: TargetFacts[]): EksView[] {
  return awsTargets(targets).flatMap(({ t, aws }) => {
    const api = aws.eksApi;
    if (!api) return [];
    return [{ t, aws, api, ...(api.cluster.ok ? { cluster: api.cluster.value } : {}) }];
  });
}

/** The ARN the cluster sees (the replayed token's, else the runner's own) and its canonical form. */
export function principalSeen(aws: AwsFacts): { arn: string; canonical: string } | undefined {
  const arn = aws.token?.replay.ok
    ? aws.token.replay.arn
    : aws.caller?.ok
      ? aws.caller.arn
      : undefined;
  if (!arn) return undefined;
  const c = canonicalizeArn(arn);
  return c.ok ? { arn, canonical: c.value } : undefined;
}

/** The session name of an assumed-role ARN (for aws-auth templates). */
export const sessionOf = (arn: string): string | undefined =>
  /:assumed-role\/.+\/([^/]+)$/.exec(arn)?.[1] ?? undefined;

/**
 * The cluster's authentication mode: what DescribeCluster said, else CONFIG_MAP when the
 * access-entry call answered InvalidRequestException (only CONFIG_MAP clusters do), else unknown.
 */
export function authModeOf(v: EksView): AuthenticationMode | undefined {
  const entry = v.api.accessEntry;
  if (v.cluster?.authenticationMode) return v.cluster.authenticationMode;
  return entry?.ok === false && entry.code === 'InvalidRequestException' ? 'CONFIG_MAP' : undefined;
}

/**
 * Which mapping the cluster uses for the principal, or undefined while it cannot be told: the
 * access-entry lookup failed, or aws-auth may apply but could not be read.
 */
export function mappingOf(
  v: EksView,
): (EffectiveMapping & { awsAuth?: AwsAuthMapping }) | undefined {
  const seen = principalSeen(v.aws);
  const entry = v.api.accessEntry;
  // A CONFIG_MAP cluster is not asked for access entries; asked anyway, it says InvalidRequest.
  const effectiveMode = authModeOf(v);
  const configMapOnly = effectiveMode === 'CONFIG_MAP';
  if (!seen || (!entry && !configMapOnly)) return undefined;
  if (entry?.ok === false && !configMapOnly) return undefined;
  const auth = awsAuthOf(v.t);
  const hasEntry = Boolean(entry?.ok && entry.value);
  if (!auth && v.t.live?.awsAuth?.status !== 'absent' && effectiveMode !== 'API') {
    // A 401 for a token STS accepts for this cluster, without an access entry: aws-auth does
    // not map it either. Otherwise only an access entry settles it without reading aws-auth.
    if (v.t.live?.unauthorized && v.aws.token?.replay.ok && !hasEntry)
      return {
        source: 'none',
        reason: effectiveMode === 'CONFIG_MAP' ? 'access-entries-unavailable' : 'not-mapped',
        detail: `${effectiveMode === 'CONFIG_MAP' ? 'CONFIG_MAP mode, so only aws-auth can map it' : 'no access entry'}, and the 401 for a token STS accepts shows aws-auth (which this identity cannot read) does not map it either`,
      };
    if (!hasEntry || effectiveMode === 'CONFIG_MAP') return undefined;
  }
  const account = accountOf(seen.canonical) ?? '';
  const session = sessionOf(seen.arn);
  const awsAuth = auth
    ? mapIdentity(auth.config, {
        canonicalArn: seen.canonical,
        arn: seen.arn,
        accountId: account,
        ...(session ? { sessionName: session } : {}),
      })
    : undefined;
  const accessEntry = entry?.ok && entry.value ? entry.value : undefined;
  const m = effectiveMapping(effectiveMode, accessEntry, awsAuth);
  return awsAuth ? { ...m, awsAuth } : m;
}

/** The CIDRs a public endpoint admits when it is not open to the whole internet, else undefined. */
export function publicAccessLimitedTo(c: EksCluster): string[] | undefined {
  const cidrs = c.publicAccessCidrs ?? [];
  return c.endpointPublicAccess && cidrs.length > 0 && !cidrs.includes('0.0.0.0/0')
    ? cidrs
    : undefined;
}

/** `https://HOST[:443]/` → `https://host`: how two endpoints compare. */
export function normalEndpoint(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    const port = u.port && u.port !== '443' ? `:${u.port}` : '';
    return `${u.protocol}//${u.hostname.toLowerCase()}${port}${trimEndOf(u.pathname, '/')}`;
  } catch {
    return url.trim().toLowerCase();
  }
}
