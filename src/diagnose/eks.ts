/** Why an EKS cluster answered 401: what STS, the EKS API and the authenticator's log said. Pure. */
import {
  authModeOf,
  eksTargets,
  mappingOf,
  principalSeen,
  type EksView,
} from '../model/aws/eks-view.js';
import { mappingFix } from '../model/aws/mapping-fix.js';
import type { AwsFacts } from '../model/aws/facts.js';
import {
  awsAuthOf,
  awsTargets,
  callerExpired,
  callerInvalid,
  isExpiredCode,
  isInvalidCode,
  providerExpired,
} from '../model/aws/view.js';
import type { Facts, TargetFacts } from '../model/facts.js';
import { cause, type Cause } from './model.js';
import { ago, windowOf } from './timeline.js';

const LOGS =
  'The cluster’s authenticator log (`/aws/eks/<cluster>/cluster`, streams `authenticator-*`): its `access denied` line for this ARN names the reason.';

/** STS refuses the runner's own credentials: whatever token they sign, the cluster refuses too. */
function sessionCauses(aws: AwsFacts): Cause[] {
  const expired = callerExpired(aws) || providerExpired(aws);
  if (!expired && !callerInvalid(aws)) return [];
  const said =
    aws.caller?.ok === false
      ? `sts:GetCallerIdentity: ${aws.caller.code}: ${aws.caller.message}`
      : aws.credentials?.ok === false
        ? `credential provider: ${aws.credentials.detail}`
        : 'STS refused the credentials';
  const source = aws.credentials?.ok ? ` (from ${aws.credentials.value.source})` : '';
  return [
    cause({
      id: expired ? 'aws-session-expired' : 'aws-credentials-invalid',
      title: expired
        ? `The runner's AWS session${source} has expired, so the EKS token it signs is refused`
        : `STS does not accept the runner's AWS credentials${source}, so neither does the cluster`,
      score: expired ? 98 : 94,
      evidence: [said],
      settle: '`aws sts get-caller-identity` in the same step, with the same environment.',
      fix: expired
        ? 'Get a fresh session right before the deploy: re-run aws-actions/configure-aws-credentials (or raise role-duration-seconds); for an SSO profile, `aws sso login`.'
        : 'Fix the credentials the job gets (the secret, the role the OIDC step assumes, or the profile).',
    }),
  ];
}

/** STS's verdict on the token the cluster got, replayed as the authenticator replays it. */
function tokenCauses(aws: AwsFacts): Cause[] {
  const token = aws.token;
  if (!token) return [];
  if (token.signedFor)
    return [
      cause({
        id: 'eks-token-other-cluster',
        title: `The EKS token is made for cluster "${token.signedFor}", not "${token.clusterId}"`,
        score: 97,
        evidence: [
          `STS verifies the token with x-k8s-aws-id "${token.signedFor}" and rejects it with "${token.clusterId}"`,
        ],
        settle: 'Nothing more: the authenticator replays the token with its own cluster name.',
        fix: `Set the exec plugin's --cluster-name to "${token.clusterId}" (aws eks update-kubeconfig --name ${token.clusterId}).`,
      }),
    ];
  const r = token.replay;
  if (r.ok || !r.code) return [];
  // STS words an X-Amz-Date older than 15 minutes as SignatureDoesNotMatch "Signature expired".
  const expired = isExpiredCode(r.code) || /\bSignature expired\b/.test(r.message);
  const invalid = isInvalidCode(r.code) || r.code === 'AccessDenied';
  if (!expired && !invalid) return [];
  return [
    cause({
      id: expired ? 'eks-token-expired' : 'eks-token-rejected-by-sts',
      title: expired
        ? 'STS rejects the EKS token as expired: its signature is older than 15 minutes, or the AWS session that signed it has ended'
        : `STS rejects the EKS token (${r.code}): the credentials that signed it are not valid`,
      score: 96,
      evidence: [`replayed to STS: ${r.status} ${r.code}: ${r.message}`],
      settle:
        'The exec plugin’s credentials: `aws sts get-caller-identity` with the same profile and role.',
      fix: expired
        ? 'Refresh the AWS session (re-run aws-actions/configure-aws-credentials, or a longer role-duration-seconds) and get a new token.'
        : 'Fix the credentials the exec plugin uses (profile, role, environment).',
    }),
  ];
}

/** How the EKS API maps the principal (access entries, aws-auth and the authentication mode). */
function mappingCauses(v: EksView, facts: Facts, widen: boolean): Cause[] {
  const seen = principalSeen(v.aws);
  const m = mappingOf(v);
  if (!seen || !m) return [];
  const mode = authModeOf(v);
  const fix = mappingFix({
    cluster: v.api.clusterName,
    principal: seen.canonical,
    ...(v.aws.region ? { region: v.aws.region } : {}),
    ...(mode ? { mode } : {}),
  });
  if (m.source === 'none') {
    const change = v.api.updates?.ok
      ? v.api.updates.value.find((u) => u.params.some((p) => p.type === 'AuthenticationMode'))
      : undefined;
    const age = change?.createdAt
      ? (facts.now.getTime() - Date.parse(change.createdAt)) / 1000
      : undefined;
    const window = age === undefined ? undefined : windowOf('changed', age, widen);
    const lint = awsAuthOf(v.t)?.lints.find(
      (l) => l.fixedArn?.toLowerCase() === seen.canonical.toLowerCase(),
    );
    return [
      cause({
        id: m.reason === 'aws-auth-ignored' ? 'eks-aws-auth-ignored' : 'eks-principal-not-mapped',
        title:
          m.reason === 'aws-auth-ignored'
            ? `${seen.canonical} is mapped only in aws-auth, which API authentication mode ignores`
            : `${seen.canonical} is mapped by nothing: ${m.detail}`,
        score: 95,
        ...(window ? { window } : {}),
        evidence: [
          `authentication mode ${mode ?? 'unknown'}`,
          `access entry: ${v.api.accessEntry?.ok ? 'none' : 'not available in CONFIG_MAP mode'}`,
          ...(lint ? [`aws-auth ${lint.key ?? ''} has ${lint.entry?.arn}: ${lint.detail}`] : []),
          ...(change?.createdAt
            ? [
                `authentication mode changed to ${change.params.find((p) => p.type === 'AuthenticationMode')?.value} ${ago(age ?? 0)} (update ${change.id})`,
              ]
            : []),
        ],
        settle: LOGS,
        fix: lint?.fixedArn ? `Write the aws-auth entry as ${lint.fixedArn}; or:\n${fix}` : fix,
      }),
    ];
  }
  if (m.error)
    return [
      cause({
        id: 'eks-mapping-template',
        title: `aws-auth maps ${seen.canonical}, but its username template fails: ${m.error}`,
        score: 90,
        evidence: [m.detail],
        settle: LOGS,
        fix: 'Use a template the caller can fill ({{SessionName}} needs an assumed role; {{EC2PrivateDNSName}} an instance id).',
      }),
    ];
  const entry = v.api.accessEntry?.ok ? v.api.accessEntry.value : undefined;
  const created = entry?.createdAt ?? entry?.modifiedAt;
  const age = created ? (facts.now.getTime() - Date.parse(created)) / 1000 : undefined;
  return [
    cause({
      id: 'eks-mapped-yet-rejected',
      title: `EKS maps ${seen.canonical} (${m.detail}), yet the token is rejected: the IAM role was deleted and re-created since the mapping was made (EKS keeps the old role id), or the mapping is seconds old`,
      score: 60,
      ...(age !== undefined && age < 300 ? { window: '5m' as const } : {}),
      evidence: [
        `${m.source}${m.username ? ` username ${m.username}` : ''}`,
        ...(created ? [`access entry written ${ago(age ?? 0)}`] : []),
      ],
      settle: `${LOGS} \`aws iam get-role --role-name <role> --query Role.CreateDate\` later than the entry's createdAt means it was re-created.`,
      fix: 'Delete and re-create the access entry (or aws-auth entry) so that it records the current role.',
    }),
  ];
}

/** The authenticator's own words, the strongest evidence there is. */
function logCauses(v: EksView): Cause[] {
  const log = v.api.authenticatorLog;
  const line = log?.ok ? log.value.lines[0] : undefined;
  if (!line) return [];
  const said = /error="([^"]+)"/.exec(line.message)?.[1] ?? line.message;
  return [
    cause({
      id: 'eks-authenticator-denied',
      title: `EKS's authenticator denied this principal: ${said}`,
      score: 99,
      evidence: [`${line.at} ${line.message}`],
      settle: 'Settled: this is the cluster’s own log line.',
      fix: /not mapped/i.test(said)
        ? 'Map the principal (see the eks/principal-not-mapped finding).'
        : 'Fix what the authenticator names.',
    }),
  ];
}

/** The cluster the context names does not exist where the credentials look. */
function clusterCauses(v: EksView): Cause[] {
  const c = v.api.cluster;
  if (c.ok || c.code !== 'ResourceNotFoundException') return [];
  const caller = v.aws.caller?.ok ? v.aws.caller.account : undefined;
  const named = v.aws.eks.accountId;
  const otherAccount = Boolean(caller && named && caller !== named);
  return [
    cause({
      id: otherAccount ? 'eks-other-account' : 'eks-cluster-not-found',
      title: otherAccount
        ? `The runner's AWS credentials are for account ${caller}, but the cluster is in account ${named}`
        : `EKS has no cluster "${v.api.clusterName}" in ${v.aws.region} for these credentials`,
      score: otherAccount ? 93 : 85,
      evidence: [
        `DescribeCluster ${v.api.clusterName} in ${v.aws.region}: ResourceNotFoundException`,
        ...(caller ? [`caller account ${caller}`] : []),
        ...(named ? [`context ARN account ${named}`] : []),
      ],
      settle: `\`aws eks list-clusters --region ${v.aws.region}\` with the same credentials.`,
      fix: otherAccount
        ? `Assume a role in account ${named} (or map this account's role into the cluster there).`
        : 'Fix the cluster name or region in the kubeconfig (aws eks update-kubeconfig).',
    }),
  ];
}

/** EKS causes of a 401: the runner's session and token when AWS is in play, the rest when the EKS API was asked. */
export function eksCauses(t: TargetFacts, facts: Facts, widen: boolean): Cause[] {
  const [a] = awsTargets([t]);
  if (!a) return [];
  const own = [...sessionCauses(a.aws), ...tokenCauses(a.aws)];
  const [v] = eksTargets([t]);
  if (!v) return own;
  return [...logCauses(v), ...own, ...clusterCauses(v), ...mappingCauses(v, facts, widen)];
}
