/** The EKS part of a context's report: cluster, mapping and the authenticator's log, as read. */
import { policyShortName } from '../model/aws/access-entries.js';
import {
  authModeOf,
  eksTargets,
  mappingOf,
  principalSeen,
  publicAccessLimitedTo,
} from '../model/aws/eks-view.js';
import type { EksCluster } from '../model/aws/eks-facts.js';
import type { TargetFacts } from '../model/facts.js';

export interface EksReport {
  /** DescribeCluster's error code when it failed. */
  error?: string;
  status?: string;
  authMode?: string;
  endpointAccess?: string;
  /** The canonical principal the cluster sees (the token's when it was replayed). */
  clusterSees?: string;
  mapping?: {
    source: 'access-entry' | 'aws-auth' | 'none';
    detail: string;
    username?: string;
    groups?: string[];
    policies?: string[];
  };
  /** off | not readable (code) | no denials in N min | N denials */
  authenticatorLog?: string;
}

function endpointAccess(c: EksCluster): string | undefined {
  if (c.endpointPublicAccess === undefined && c.endpointPrivateAccess === undefined)
    return undefined;
  const limited = publicAccessLimitedTo(c);
  const pub = c.endpointPublicAccess ? (limited ? `public (${limited.join(', ')})` : 'public') : '';
  return [pub, c.endpointPrivateAccess ? 'private' : ''].filter(Boolean).join(' + ') || 'none';
}

export function eksReport(t: TargetFacts): EksReport | undefined {
  const [v] = eksTargets([t]);
  if (!v) return undefined;
  const c = v.cluster;
  const seen = principalSeen(v.aws);
  const m = mappingOf(v);
  const policies = v.api.accessPolicies?.ok
    ? v.api.accessPolicies.value.map((p) => policyShortName(p.policyArn))
    : undefined;
  const log = v.api.authenticatorLog;
  const access = c ? endpointAccess(c) : undefined;
  return {
    ...(!v.api.cluster.ok ? { error: v.api.cluster.code } : {}),
    ...(c ? { status: c.status } : {}),
    ...(authModeOf(v) ? { authMode: authModeOf(v) } : {}),
    ...(access ? { endpointAccess: access } : {}),
    ...(seen ? { clusterSees: seen.canonical } : {}),
    ...(m
      ? {
          mapping: {
            source: m.source,
            detail: m.detail,
            ...(m.username ? { username: m.username } : {}),
            ...(m.groups ? { groups: m.groups } : {}),
            ...(m.source === 'access-entry' && policies ? { policies } : {}),
          },
        }
      : {}),
    ...(c
      ? {
          authenticatorLog: !c.logTypes.includes('authenticator')
            ? 'off'
            : !log
              ? 'not asked'
              : !log.ok
                ? `not readable (${log.code})`
                : log.value.lines.length
                  ? `${log.value.lines.length} access denied in ${log.value.sinceMinutes} min`
                  : `no access denied in ${log.value.sinceMinutes} min`,
        }
      : {}),
  };
}
