import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/principal-not-mapped.js';
import { mappingFix } from '../../../src/model/aws/mapping-fix.js';
import type { Facts, TargetFacts } from '../../../src/model/facts.js';
import { facts, SETTINGS } from '../../helpers/facts.js';
import { live } from '../../helpers/live-facts.js';
import {
  accessEntry,
  awsError,
  DEPLOY_MAPPED,
  DEPLOY_ROLE,
  denied,
  eksCluster,
  eksTarget,
  ok,
  rejected,
  tokenReplay,
} from '../../helpers/eks-facts.js';

const API = { cluster: ok(eksCluster({ authenticationMode: 'API' })), accessEntry: ok(null) };
const deploysTo = (namespace: string): Facts['settings'] => ({
  ...SETTINGS,
  requirements: [
    {
      line: `create deployments -n ${namespace}`,
      verb: 'create',
      resource: 'deployments',
      namespace,
    },
  ],
});
const run = (t: TargetFacts, settings = SETTINGS) => check.run(facts({ settings, targets: [t] }));

describe('eks/principal-not-mapped', () => {
  it('fails an API-mode cluster with no access entry for the principal, and gives the commands', () => {
    const [d, ...rest] = run(eksTarget({ api: API, live: rejected() }), deploysTo('apps'));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      `Context "prod": ${DEPLOY_ROLE} is mapped by nothing on EKS cluster "prod": API mode: no access entry for this principal. The API server answered 401 Unauthorized.`,
    );
    expect(d?.severity).toBeUndefined();
    expect(d?.remediation).toBe(
      mappingFix({
        cluster: 'prod',
        region: 'eu-west-1',
        principal: DEPLOY_ROLE,
        mode: 'API',
        namespaces: ['apps'],
      }),
    );
    expect(d?.remediation).toContain(
      `\`aws eks create-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE}\``,
    );
    expect(d?.remediation).toContain('--access-scope type=namespace,namespaces=apps`');
    expect(d?.evidence).toEqual({
      principal: DEPLOY_ROLE,
      arn: 'arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions',
      authenticationMode: 'API',
      reason: 'not-mapped',
      ignored: null,
      unauthorized: true,
      authenticatorLog: null,
    });
  });

  it('quotes the authenticator’s own log line when the cluster ships it', () => {
    const log = ok({
      logGroup: '/aws/eks/prod/cluster',
      sinceMinutes: 30,
      lines: [
        {
          at: '2026-11-24T11:58:03.000Z',
          message: `access denied: ARN is not mapped arn=${DEPLOY_ROLE}`,
        },
      ],
    });
    const [d] = run(eksTarget({ api: { ...API, authenticatorLog: log }, live: rejected() }));
    expect(d?.message).toMatch(
      /401 Unauthorized\. The authenticator logged at 2026-11-24T11:58:03\.000Z: access denied: ARN is not mapped arn=arn:aws:iam::111122223333:role\/deploy$/,
    );
  });

  it('names the principal of the token the cluster gets, not the runner’s', () => {
    const assumed = 'arn:aws:sts::111122223333:assumed-role/eks-deployer/1732449600000';
    const token = tokenReplay({
      replay: { ok: true, arn: assumed, account: '111122223333', userId: 'AROAY:1732449600000' },
    });
    const [d] = run(eksTarget({ api: API, aws: { token }, live: rejected() }));
    expect(d?.evidence).toMatchObject({
      principal: 'arn:aws:iam::111122223333:role/eks-deployer',
      arn: assumed,
    });
  });

  it('is silent while it cannot be settled: lookup failed, or aws-auth unreadable and may apply', () => {
    const targets = [
      eksTarget({
        api: { ...API, accessEntry: denied('eks:ListAccessEntries') },
        live: rejected(),
      }),
      eksTarget({ api: { accessEntry: ok(null) }, live: rejected() }),
      eksTarget({
        api: {
          cluster: ok(eksCluster({ authenticationMode: 'CONFIG_MAP' })),
          accessEntry: undefined,
          accessPolicies: undefined,
        },
        live: rejected(),
      }),
    ];
    expect(check.run(facts({ targets }))).toEqual([]);
  });

  it('reads InvalidRequestException as CONFIG_MAP: an aws-auth mapping is enough, an unread aws-auth is inconclusive', () => {
    const configMapOnly = {
      cluster: denied('eks:DescribeCluster'),
      accessEntry: awsError(
        'InvalidRequestException',
        "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.",
        400,
      ),
    };
    const mapped = eksTarget({
      api: configMapOnly,
      live: live({ awsAuth: DEPLOY_MAPPED, whoami: undefined }),
    });
    const unread = eksTarget({ api: configMapOnly, live: rejected() });
    expect(check.run(facts({ targets: [mapped, unread] }))).toEqual([]);
  });

  it('is silent when the server admitted the principal (whoami answered)', () => {
    expect(run(eksTarget({ api: API, live: live() }))).toEqual([]);
  });

  it('leaves an API-mode principal mapped only in aws-auth to eks/auth-mode-ignores-configmap', () => {
    expect(
      run(eksTarget({ api: API, live: live({ awsAuth: DEPLOY_MAPPED, whoami: undefined }) })),
    ).toEqual([]);
  });

  it('is silent when an access entry or aws-auth maps the principal', () => {
    const targets = [
      eksTarget({ live: rejected() }),
      eksTarget({ api: { ...API, accessEntry: ok(accessEntry()) } }),
      eksTarget({
        api: { accessEntry: ok(null) },
        live: live({ awsAuth: DEPLOY_MAPPED, whoami: undefined }),
      }),
    ];
    expect(check.run(facts({ targets }))).toEqual([]);
  });

  it('settles an unreadable aws-auth by the 401 for a token STS accepts, with no access entry', () => {
    const both = { cluster: ok(eksCluster()), accessEntry: ok(null) };
    const proven = eksTarget({ api: both, aws: { token: tokenReplay() }, live: rejected() });
    const [d] = run(proven);
    expect(d?.message).toBe(
      `Context "prod": ${DEPLOY_ROLE} is mapped by nothing on EKS cluster "prod": no access entry, and the 401 for a token STS accepts shows aws-auth (which this identity cannot read) does not map it either. The API server answered 401 Unauthorized.`,
    );
    const refused = tokenReplay({
      replay: {
        ok: false,
        status: 403,
        code: 'SignatureDoesNotMatch',
        message: 'Signature expired',
      },
    });
    // A token STS refuses explains the 401 by itself: the mapping stays unknown.
    expect(run(eksTarget({ api: both, aws: { token: refused }, live: rejected() }))).toEqual([]);
  });

  it('stands down on any answer but 401, not only a successful whoami', () => {
    const notServed = live({
      awsAuth: { status: 'absent' },
      whoami: { ok: false, why: 'not-served' },
    });
    expect(run(eksTarget({ api: API, live: notServed }))).toEqual([]);
  });
});
