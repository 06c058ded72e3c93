import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/auth-mode-ignores-configmap.js';
import type { EksApiFacts } from '../../../src/model/aws/eks-facts.js';
import type { AwsAuthRead } from '../../../src/model/live.js';
import { facts } from '../../helpers/facts.js';
import { live } from '../../helpers/live-facts.js';
import {
  accessEntry,
  DEPLOY_MAPPED,
  DEPLOY_ROLE,
  eksCluster,
  eksTarget,
  ok,
  rejected,
  update,
} from '../../helpers/eks-facts.js';

const API: Partial<EksApiFacts> = {
  cluster: ok(eksCluster({ authenticationMode: 'API' })),
  accessEntry: ok(null),
  accessPolicies: undefined,
};
const readBy = (awsAuth: AwsAuthRead) => live({ awsAuth, whoami: undefined });
const run = (api: Partial<EksApiFacts>, awsAuth: AwsAuthRead = DEPLOY_MAPPED) =>
  check.run(facts({ targets: [eksTarget({ api, live: readBy(awsAuth) })] }));

describe('eks/auth-mode-ignores-configmap', () => {
  it('fails an API-mode cluster whose only mapping of the principal is in aws-auth', () => {
    const [d, ...rest] = run(API);
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      `Context "prod": EKS cluster "prod" is in API authentication mode, which ignores aws-auth; ${DEPLOY_ROLE} is mapped only there (mapRoles, username deployer).`,
    );
    expect(d?.severity).toBeUndefined();
    const [first, ...more] = d?.remediation?.split('\n') ?? [];
    expect(first).toBe(
      `\`aws eks create-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE} --kubernetes-groups deployers --username 'deployer'\`, then grant it as below if its groups have no RBAC.`,
    );
    expect(more.join('\n')).toContain(
      '--policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy',
    );
    expect(more.join('\n')).not.toContain('aws-auth');
    expect(d?.evidence).toEqual({
      principal: DEPLOY_ROLE,
      awsAuthUsername: 'deployer',
      awsAuthGroups: ['deployers'],
      modeChangedAt: null,
    });
  });

  it('says when the mode was switched to API, from the newest such update', () => {
    const updates = ok([
      update({
        id: 'u-version',
        type: 'VersionUpdate',
        params: [{ type: 'Version', value: '1.33' }],
        createdAt: '2026-11-22T10:00:00.000Z',
      }),
      update({ id: 'u-api', createdAt: '2026-11-20T08:00:00.000Z' }),
      update({
        id: 'u-both',
        params: [{ type: 'AuthenticationMode', value: 'API_AND_CONFIG_MAP' }],
        createdAt: '2026-06-01T08:00:00.000Z',
      }),
    ]);
    const [d] = run({ ...API, updates });
    expect(d?.message).toMatch(
      /\(mapRoles, username deployer\)\. The mode was changed at 2026-11-20T08:00:00\.000Z \(update u-api\)\.$/,
    );
    expect(d?.evidence).toMatchObject({ modeChangedAt: '2026-11-20T08:00:00.000Z' });
  });

  it('drops --kubernetes-groups when the aws-auth entry has none', () => {
    const noGroups: AwsAuthRead = {
      status: 'read',
      data: { mapRoles: `- rolearn: ${DEPLOY_ROLE}\n  username: deployer\n` },
    };
    const [d] = run(API, noGroups);
    expect(d?.remediation?.split('\n')[0]).toBe(
      `\`aws eks create-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE} --username 'deployer'\`, then grant it as below if its groups have no RBAC.`,
    );
  });

  it('leaves out a username access entries refuse (reserved prefix, {{SessionName}} before a colon)', () => {
    for (const username of ['eks:deployer', 'amazon:ci', '{{SessionName}}']) {
      const read: AwsAuthRead = {
        status: 'read',
        data: { mapRoles: `- rolearn: ${DEPLOY_ROLE}\n  username: "${username}"\n` },
      };
      const [d] = run(API, read);
      expect(d?.remediation?.split('\n')[0]).toBe(
        `\`aws eks create-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE}\`, then grant it as below if its groups have no RBAC.`,
      );
    }
  });

  it('is silent where aws-auth counts, or when an access entry exists', () => {
    const both = { cluster: ok(eksCluster()), accessEntry: ok(null) };
    const configMap = {
      cluster: ok(eksCluster({ authenticationMode: 'CONFIG_MAP' })),
      accessEntry: undefined,
    };
    expect(run(both)).toEqual([]);
    expect(run(configMap)).toEqual([]);
    expect(run({ ...API, accessEntry: ok(accessEntry()) })).toEqual([]);
  });

  it('is silent when the principal is in neither (eks/principal-not-mapped says so) or aws-auth is unread', () => {
    const elsewhere: AwsAuthRead = {
      status: 'read',
      data: { mapRoles: '- rolearn: arn:aws:iam::111122223333:role/ops\n  username: ops\n' },
    };
    expect(run(API, elsewhere)).toEqual([]);
    expect(check.run(facts({ targets: [eksTarget({ api: API, live: rejected() })] }))).toEqual([]);
  });
});
