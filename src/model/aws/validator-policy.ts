/** The least-privilege IAM policy the gate's own calls need (GetCallerIdentity needs none). Pure. */
import type { EksApiFacts } from './eks-facts.js';

export interface PolicyScope {
  partition?: string;
  region?: string;
  account?: string;
  cluster?: string;
}

/** The EKS API calls the gate makes, and the IAM action each needs. */
export const VALIDATOR_ACTIONS = {
  cluster: 'eks:DescribeCluster',
  updates: 'eks:ListUpdates, eks:DescribeUpdate',
  accessEntry: 'eks:ListAccessEntries, eks:DescribeAccessEntry',
  accessPolicies: 'eks:ListAssociatedAccessPolicies',
  authenticatorLog: 'logs:FilterLogEvents',
} as const satisfies Record<string, string>;

/** What each call tells the checks: what stays unchecked without its answer. */
export const CALL_PURPOSE: Record<keyof typeof VALIDATOR_ACTIONS, string> = {
  cluster: 'the cluster’s status, endpoint, CA and authentication mode',
  updates: 'recent cluster updates',
  accessEntry: 'the principal’s access entry',
  accessPolicies: 'the access entry’s policies',
  authenticatorLog: 'the authenticator’s own log',
};

export function validatorPolicy(s: PolicyScope = {}): object {
  const [p, r, a, c] = [s.partition ?? 'aws', s.region ?? '*', s.account ?? '*', s.cluster ?? '*'];
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'eks:DescribeCluster',
          'eks:ListUpdates',
          'eks:DescribeUpdate',
          'eks:ListAccessEntries',
        ],
        Resource: `arn:${p}:eks:${r}:${a}:cluster/${c}`,
      },
      {
        Effect: 'Allow',
        Action: ['eks:DescribeAccessEntry', 'eks:ListAssociatedAccessPolicies'],
        Resource: `arn:${p}:eks:${r}:${a}:access-entry/${c}/*`,
      },
      {
        Effect: 'Allow',
        Action: 'logs:FilterLogEvents',
        Resource: `arn:${p}:logs:${r}:${a}:log-group:/aws/eks/${c}/cluster:*`,
      },
    ],
  };
}

const DENIED = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException)$/;

/** Which of the gate's calls IAM denied, by the fact that holds their answer. */
export function deniedCalls(api: EksApiFacts): (keyof typeof VALIDATOR_ACTIONS)[] {
  return (Object.keys(VALIDATOR_ACTIONS) as (keyof typeof VALIDATOR_ACTIONS)[]).filter((k) => {
    const a = api[k];
    return a && !a.ok && DENIED.test(a.code);
  });
}

/** Answers that are settled facts, not failures to answer: absent things and CONFIG_MAP refusals. */
const SETTLED = /^(ResourceNotFoundException|InvalidRequestException)$/;

/** Which of the gate's calls got no usable answer (throttled, 5xx, timeout, network), with it. */
export function unansweredCalls(
  api: EksApiFacts,
): { key: keyof typeof VALIDATOR_ACTIONS; code: string; message: string; attempts?: number }[] {
  return (Object.keys(VALIDATOR_ACTIONS) as (keyof typeof VALIDATOR_ACTIONS)[]).flatMap((key) => {
    const a = api[key];
    if (!a || a.ok || DENIED.test(a.code) || SETTLED.test(a.code)) return [];
    return [
      { key, code: a.code, message: a.message, ...(a.attempts ? { attempts: a.attempts } : {}) },
    ];
  });
}
