import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/validator-permission-missing.js';
import type { EksApiFacts } from '../../../src/model/aws/eks-facts.js';
import type { AwsFacts } from '../../../src/model/aws/facts.js';
import { facts } from '../../helpers/facts.js';
import { awsError, denied, eksTarget } from '../../helpers/eks-facts.js';
import { ROLE_SESSION } from '../../helpers/aws-facts.js';

const run = (api: Partial<EksApiFacts>, aws: Partial<AwsFacts> = {}) =>
  check.run(facts({ targets: [eksTarget({ api, aws })] }));
const policyIn = (remediation: string | undefined): unknown =>
  JSON.parse(/```json\n([\s\S]*)\n```$/.exec(remediation ?? '')?.[1] ?? 'null');

describe('eks/validator-permission-missing', () => {
  it('lists the denied calls, what stayed unchecked, and the least-privilege policy', () => {
    const [d, ...rest] = run({
      cluster: denied('eks:DescribeCluster'),
      accessEntry: denied('eks:ListAccessEntries'),
      accessPolicies: undefined,
    });
    expect(rest).toEqual([]);
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      `Context "prod": ${ROLE_SESSION} may not call eks:DescribeCluster, eks:ListAccessEntries, eks:DescribeAccessEntry; ` +
        'unchecked: the cluster’s status, endpoint, CA and authentication mode; the principal’s access entry.',
    );
    expect(d?.remediation).toMatch(/^Attach this policy to the runner’s role:\n```json\n\{/);
    expect(policyIn(d?.remediation)).toMatchObject({
      Statement: [
        { Resource: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' },
        { Resource: 'arn:aws:eks:eu-west-1:111122223333:access-entry/prod/*' },
        { Resource: 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/eks/prod/cluster:*' },
      ],
    });
    expect(d?.evidence).toEqual({
      denied: ['eks:DescribeCluster', 'eks:ListAccessEntries, eks:DescribeAccessEntry'],
      cluster: 'prod',
    });
  });

  it('names the log call when FilterLogEvents was denied', () => {
    const [d] = run({ authenticatorLog: denied('logs:FilterLogEvents') });
    expect(d?.message).toBe(
      `Context "prod": ${ROLE_SESSION} may not call logs:FilterLogEvents; unchecked: the authenticator’s own log.`,
    );
  });

  it('scopes the policy to the caller’s partition and account', () => {
    const caller = {
      ok: true as const,
      arn: 'arn:aws-cn:sts::444455556666:assumed-role/deploy/ci',
      account: '444455556666',
      userId: 'AROAZ:ci',
    };
    const [d] = run({ updates: denied('eks:ListUpdates') }, { caller, region: 'cn-north-1' });
    expect(policyIn(d?.remediation)).toMatchObject({
      Statement: [{ Resource: 'arn:aws-cn:eks:cn-north-1:444455556666:cluster/prod' }, {}, {}],
    });
  });

  it('is silent when nothing was denied: answers, missing resources and throttling', () => {
    expect(run({})).toEqual([]);
    expect(
      run({
        cluster: awsError('ResourceNotFoundException', 'No cluster found for name: prod.', 404),
      }),
    ).toEqual([]);
    expect(run({ updates: awsError('ThrottlingException', 'Rate exceeded', 400) })).toEqual([]);
  });
});
