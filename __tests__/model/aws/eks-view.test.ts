import { describe, expect, it } from '@jest/globals';
import {
  eksTargets,
  mappingOf,
  normalEndpoint,
  principalSeen,
} from '../../../src/model/aws/eks-view.js';
import { awsFacts, awsTarget, ROLE_SESSION } from '../../helpers/aws-facts.js';
import {
  accessEntry,
  AWS_AUTH_FORBIDDEN,
  awsError,
  DEPLOY_MAPPED,
  DEPLOY_ROLE,
  denied,
  eksAws,
  eksCluster,
  eksTarget,
  EKS_SERVER,
  ok,
  OTHER_MAPPED,
  rejected,
  tokenReplay,
  type EksTargetOptions,
} from '../../helpers/eks-facts.js';
import { live } from '../../helpers/live-facts.js';
import type { AwsAuthRead } from '../../../src/model/live.js';

const view = (o: EksTargetOptions) => {
  const [v] = eksTargets([eksTarget(o)]);
  if (!v) throw new Error('no EKS view');
  return v;
};
const mode = (authenticationMode: 'API' | 'API_AND_CONFIG_MAP' | 'CONFIG_MAP') => ({
  cluster: ok(eksCluster({ authenticationMode })),
});
const withAwsAuth = (awsAuth: AwsAuthRead) => live({ awsAuth });
const NO_ENTRY = { accessEntry: ok(null) };
const CONFIG_MAP_ONLY = {
  accessEntry: awsError(
    'InvalidRequestException',
    "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.",
    400,
  ),
};

describe('eksTargets', () => {
  it('keeps targets whose EKS API was asked, with the cluster when DescribeCluster answered', () => {
    const skipped = awsTarget(awsFacts({ skipped: 'offline', eksApi: eksAws().eksApi }));
    const noApi = awsTarget(awsFacts());
    const views = eksTargets([
      eksTarget(),
      skipped,
      noApi,
      eksTarget({ api: { cluster: denied('eks:DescribeCluster') } }),
    ]);
    expect(views.map((v) => v.cluster?.name)).toEqual(['prod', undefined]);
    expect(views[1]).not.toHaveProperty('cluster');
  });
});

describe('principalSeen', () => {
  it("is the replayed token's principal, which may be a role the exec plugin assumed", () => {
    const replay = {
      ok: true as const,
      arn: 'arn:aws:sts::111122223333:assumed-role/eks-deployer/s1',
      account: '111122223333',
      userId: 'AROAX:s1',
    };
    expect(principalSeen(eksAws({ token: tokenReplay({ replay }) }))).toEqual({
      arn: replay.arn,
      canonical: 'arn:aws:iam::111122223333:role/eks-deployer',
    });
  });

  it("falls back to the runner's caller when the replay failed, and is undefined without either", () => {
    const failed = tokenReplay({
      replay: { ok: false, status: 403, code: 'SignatureDoesNotMatch', message: 'x' },
    });
    expect(principalSeen(eksAws({ token: failed }))).toEqual({
      arn: ROLE_SESSION,
      canonical: DEPLOY_ROLE,
    });
    expect(
      principalSeen(eksAws({ caller: { ok: false, code: 'ExpiredToken', message: 'x' } })),
    ).toBeUndefined();
  });
});

describe('mappingOf', () => {
  it('an access entry settles it without aws-auth, with the default role username', () => {
    expect(mappingOf(view({ live: rejected(AWS_AUTH_FORBIDDEN) }))).toMatchObject({
      source: 'access-entry',
      reason: 'access-entry',
      username: 'arn:aws:sts::111122223333:assumed-role/deploy/{{SessionName}}',
      groups: [],
    });
  });

  it('the access entry wins over an aws-auth mapping of the same principal', () => {
    const m = mappingOf(view({ live: withAwsAuth(DEPLOY_MAPPED) }));
    expect(m).toMatchObject({
      source: 'access-entry',
      reason: 'access-entry-wins',
      ignored: 'aws-auth',
    });
    expect(m?.awsAuth).toMatchObject({ source: 'mapRoles', username: 'deployer' });
  });

  it('renders aws-auth templates with the session of the ARN the cluster sees', () => {
    const read: AwsAuthRead = {
      status: 'read',
      data: {
        mapRoles: `- rolearn: ${DEPLOY_ROLE}\n  username: ci:{{SessionName}}\n  groups: [deployers]\n`,
      },
    };
    expect(mappingOf(view({ api: NO_ENTRY, live: withAwsAuth(read) }))).toMatchObject({
      source: 'aws-auth',
      username: 'ci:GitHubActions',
      groups: ['deployers'],
    });
  });

  it('is undefined while aws-auth may map it but could not be read (no access entry)', () => {
    expect(mappingOf(view({ api: NO_ENTRY, live: rejected(AWS_AUTH_FORBIDDEN) }))).toBeUndefined();
    expect(mappingOf(view({ api: NO_ENTRY }))).toBeUndefined();
  });

  it('is undefined when the access-entry lookup failed or was not made', () => {
    const failed = { accessEntry: denied('eks:ListAccessEntries') };
    expect(mappingOf(view({ api: failed, live: withAwsAuth(OTHER_MAPPED) }))).toBeUndefined();
    expect(mappingOf(view({ api: { accessEntry: undefined } }))).toBeUndefined();
  });

  it('is not-mapped when neither maps it and aws-auth was read', () => {
    expect(mappingOf(view({ api: NO_ENTRY, live: withAwsAuth(OTHER_MAPPED) }))).toMatchObject({
      source: 'none',
      reason: 'not-mapped',
    });
  });

  it('API mode settles it without aws-auth, and flags an aws-auth-only mapping as ignored', () => {
    const api = { ...mode('API'), ...NO_ENTRY };
    expect(mappingOf(view({ api, live: rejected() }))).toMatchObject({ reason: 'not-mapped' });
    expect(mappingOf(view({ api, live: withAwsAuth(DEPLOY_MAPPED) }))).toMatchObject({
      source: 'none',
      reason: 'aws-auth-ignored',
      ignored: 'aws-auth',
      awsAuth: { username: 'deployer' },
    });
  });

  it('reads InvalidRequestException on the access-entry lookup as a CONFIG_MAP cluster', () => {
    const api = { cluster: denied('eks:DescribeCluster'), ...CONFIG_MAP_ONLY };
    expect(mappingOf(view({ api, live: withAwsAuth(DEPLOY_MAPPED) }))).toMatchObject({
      source: 'aws-auth',
      detail: 'mapped by aws-auth mapRoles (CONFIG_MAP mode: access entries do not apply)',
    });
    expect(mappingOf(view({ api, live: withAwsAuth(OTHER_MAPPED) }))).toMatchObject({
      reason: 'access-entries-unavailable',
    });
    expect(mappingOf(view({ api, live: rejected() }))).toBeUndefined();
  });

  it('says it assumed API_AND_CONFIG_MAP when DescribeCluster was denied', () => {
    const api = {
      cluster: denied('eks:DescribeCluster'),
      accessEntry: ok(accessEntry({ username: 'deployer' })),
    };
    expect(mappingOf(view({ api }))).toMatchObject({
      username: 'deployer',
      detail:
        'mapped by an access entry (authentication mode unknown: assuming API_AND_CONFIG_MAP)',
    });
  });

  it('is undefined when no principal is known', () => {
    const v = view({ aws: { caller: { ok: false, code: 'AccessDenied', message: 'x' } } });
    expect(mappingOf(v)).toBeUndefined();
  });
});

describe('normalEndpoint', () => {
  it.each([
    [`${EKS_SERVER}/`, EKS_SERVER.toLowerCase()],
    [`${EKS_SERVER}:443`, EKS_SERVER.toLowerCase()],
    ['https://10.0.0.4:6443/', 'https://10.0.0.4:6443'],
    ['https://proxy.example.com/k8s/prod/', 'https://proxy.example.com/k8s/prod'],
    [' Not A URL ', 'not a url'],
  ])('%s → %s', (url, normal) => {
    expect(normalEndpoint(url)).toBe(normal);
  });

  it('is undefined for no URL', () => {
    expect(normalEndpoint(undefined)).toBeUndefined();
    expect(normalEndpoint('')).toBeUndefined();
  });
});
