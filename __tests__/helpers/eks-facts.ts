/**
 * EKS API facts as plain data, for the eks/* check tests: the cluster `prod` in eu-west-1, ACTIVE,
 * API_AND_CONFIG_MAP, whose endpoint and CA are the kubeconfig's; the caller is the assumed role
 * `deploy` of 111122223333 (see aws-facts.ts), mapped by an access entry with the Edit policy.
 */
import type {
  AwsAnswer,
  ClusterTokenFacts,
  EksAccessEntry,
  EksApiFacts,
  EksAssociatedPolicy,
  EksCluster,
  EksUpdate,
} from '../../src/model/aws/eks-facts.js';
import type { AwsFacts } from '../../src/model/aws/facts.js';
import type { TargetFacts } from '../../src/model/facts.js';
import type { AwsAuthRead, LiveFacts } from '../../src/model/live.js';
import { awsFacts, ROLE_SESSION } from './aws-facts.js';
import { certFacts, dataSource } from './cert-facts.js';
import { entry, target } from './facts.js';
import { live } from './live-facts.js';

export const ACCOUNT = '111122223333';
/** The canonical principal of ROLE_SESSION. */
export const DEPLOY_ROLE = `arn:aws:iam::${ACCOUNT}:role/deploy`;
export const EKS_SERVER =
  'https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com';
export const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/prod`;
export const CA_FINGERPRINT = '3F:9A:11:C2';
export const CA_SUBJECT = 'CN=kubernetes';

export const ok = <T>(value: T): AwsAnswer<T> => ({ ok: true, value });

export const awsError = (code: string, message = code, status?: number): AwsAnswer<never> => ({
  ok: false,
  code,
  message,
  ...(status !== undefined ? { status } : {}),
});

export const denied = (action: string): AwsAnswer<never> =>
  awsError(
    'AccessDeniedException',
    `User: ${ROLE_SESSION} is not authorized to perform: ${action}`,
    403,
  );

export function eksCluster(partial: Partial<EksCluster> = {}): EksCluster {
  return {
    name: 'prod',
    arn: CLUSTER_ARN,
    status: 'ACTIVE',
    version: '1.33',
    platformVersion: 'eks.9',
    endpoint: EKS_SERVER,
    ca: { ok: true, fingerprints: [CA_FINGERPRINT], subjects: [CA_SUBJECT] },
    authenticationMode: 'API_AND_CONFIG_MAP',
    endpointPublicAccess: true,
    endpointPrivateAccess: false,
    publicAccessCidrs: ['0.0.0.0/0'],
    logTypes: [],
    createdAt: '2026-03-02T09:15:00.000Z',
    ...partial,
  };
}

export function accessEntry(partial: Partial<EksAccessEntry> = {}): EksAccessEntry {
  return { principalArn: DEPLOY_ROLE, type: 'STANDARD', kubernetesGroups: [], ...partial };
}

/** An association of `arn:aws:eks::aws:cluster-access-policy/<name>`, cluster-wide by default. */
export function policy(
  name = 'AmazonEKSEditPolicy',
  scope: EksAssociatedPolicy['scope'] = { type: 'cluster' },
): EksAssociatedPolicy {
  return { policyArn: `arn:aws:eks::aws:cluster-access-policy/${name}`, scope };
}

export function update(partial: Partial<EksUpdate> = {}): EksUpdate {
  return {
    id: '7c1e5f2a-0000-4000-8000-000000000001',
    type: 'AccessConfigUpdate',
    status: 'Successful',
    createdAt: '2026-11-20T08:00:00.000Z',
    params: [{ type: 'AuthenticationMode', value: 'API' }],
    ...partial,
  };
}

/** Healthy answers: described, no updates, an access entry for `deploy` with the Edit policy. */
export function eksApi(partial: Partial<EksApiFacts> = {}): EksApiFacts {
  return {
    clusterName: 'prod',
    cluster: ok(eksCluster()),
    updates: ok([]),
    principal: DEPLOY_ROLE,
    accessEntry: ok(accessEntry()),
    accessPolicies: ok([policy()]),
    ...partial,
  };
}

/** The cluster's view of a token that replayed fine for `prod` as the caller's own session. */
export function tokenReplay(partial: Partial<ClusterTokenFacts> = {}): ClusterTokenFacts {
  return {
    from: 'exec',
    clusterId: 'prod',
    replay: { ok: true, arn: ROLE_SESSION, account: ACCOUNT, userId: 'AROAEXAMPLE:GitHubActions' },
    ...partial,
  };
}

/** AwsFacts of an `aws eks get-token --cluster-name prod --region eu-west-1` context. */
export function eksAws(partial: Partial<AwsFacts> = {}): AwsFacts {
  const base = awsFacts();
  return awsFacts({
    eks: {
      ...base.eks,
      execCluster: 'prod',
      regionSources: [
        { from: 'exec', region: 'eu-west-1' },
        { from: 'server host', region: 'eu-west-1' },
      ],
    },
    eksApi: eksApi(),
    ...partial,
  });
}

export interface EksTargetOptions {
  /** Merged into the healthy eksApi(). */
  api?: Partial<EksApiFacts>;
  /** Merged into eksAws() (after `api`). */
  aws?: Partial<AwsFacts>;
  live?: LiveFacts;
  target?: Partial<TargetFacts>;
}

/** The context `prod`: server EKS_SERVER, CA CA_FINGERPRINT, and the EKS facts given. */
export function eksTarget(o: EksTargetOptions = {}): TargetFacts {
  const aws = eksAws({ eksApi: eksApi(o.api), ...o.aws });
  return target({
    contextName: 'prod',
    context: entry('prod', { cluster: 'prod', user: 'ci', namespace: 'apps' }),
    cluster: {
      ...entry('prod', { server: EKS_SERVER }, 4),
      fieldLines: { server: 5, 'certificate-authority-data': 6 },
    },
    user: entry('ci', {}, 9),
    ca: {
      ok: true,
      value: [
        certFacts({
          subject: CA_SUBJECT,
          issuer: CA_SUBJECT,
          fingerprint: CA_FINGERPRINT,
          isCA: true,
          selfSigned: true,
          commonName: 'kubernetes',
        }),
      ],
      source: dataSource('certificate-authority-data'),
    },
    aws,
    ...(o.live ? { live: o.live } : {}),
    ...o.target,
  });
}

/** aws-auth as read, with these mapRoles. */
export const awsAuthRead = (mapRoles: string): AwsAuthRead => ({
  status: 'read',
  data: { mapRoles },
});

/** aws-auth mapping the caller's role `deploy` to `deployer` in group `deployers`. */
export const DEPLOY_MAPPED = awsAuthRead(
  `- rolearn: ${DEPLOY_ROLE}\n  username: deployer\n  groups:\n    - deployers\n`,
);
/** aws-auth mapping only another role. */
export const OTHER_MAPPED = awsAuthRead(
  `- rolearn: arn:aws:iam::${ACCOUNT}:role/ops\n  username: ops\n  groups:\n    - ops\n`,
);
export const AWS_AUTH_FORBIDDEN: AwsAuthRead = {
  status: 'unreadable',
  code: 401,
  message: 'Unauthorized',
};

/** The live phase of an unmapped principal: every request answered 401. */
export function rejected(awsAuth: AwsAuthRead = AWS_AUTH_FORBIDDEN): LiveFacts {
  const status = { code: 401, reason: 'Unauthorized', message: 'Unauthorized' };
  const l = live({
    sent: ['bearer-token'],
    bearerSource: 'exec',
    unauthorized: status,
    whoami: { ok: false, why: 'unauthorized', status },
    awsAuth,
  });
  delete l.version;
  return l;
}
