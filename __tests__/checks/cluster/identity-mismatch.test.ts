import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/identity-mismatch.js';
import { facts, SETTINGS } from '../../helpers/facts.js';
import { live, liveTarget, user } from '../../helpers/live-facts.js';

const expecting = (...expectIdentity: string[]) => ({ settings: { ...SETTINGS, expectIdentity } });

describe('cluster/identity-mismatch', () => {
  it('fails when the username matches none of the globs', () => {
    const [d] = check.run(
      facts({
        targets: [liveTarget(live())],
        ...expecting('system:serviceaccount:ci:*', 'deployer'),
      }),
    );
    expect(d?.message).toBe(
      'Context "prod": the API server sees "ci-deployer", which matches none of expect-identity (system:serviceaccount:ci:*, deployer).',
    );
    expect(d?.evidence).toMatchObject({
      username: 'ci-deployer',
      expected: ['system:serviceaccount:ci:*', 'deployer'],
    });
  });

  it('accepts the IAM ARN EKS reports in extra, for a custom username', () => {
    const l = live({
      whoami: {
        ok: true,
        apiVersion: 'v1',
        user: user({
          username: 'deployer',
          extra: { arn: ['arn:aws:sts::111122223333:assumed-role/deploy/ci'] },
        }),
      },
    });
    expect(
      check.run(
        facts({ targets: [liveTarget(l)], ...expecting('arn:aws:sts::*:assumed-role/deploy/*') }),
      ),
    ).toEqual([]);
    expect(
      check.run(
        facts({ targets: [liveTarget(l)], ...expecting('arn:aws:sts::*:assumed-role/admin/*') }),
      ),
    ).toHaveLength(1);
  });

  it('passes on a glob match and when nothing is expected', () => {
    expect(check.run(facts({ targets: [liveTarget(live())], ...expecting('ci-*') }))).toEqual([]);
    expect(check.run(facts({ targets: [liveTarget(live())] }))).toEqual([]);
  });
});
