import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/identity-mismatch.js';
import { facts, SETTINGS } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

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

  it('passes on a glob match and when nothing is expected', () => {
    expect(check.run(facts({ targets: [liveTarget(live())], ...expecting('ci-*') }))).toEqual([]);
    expect(check.run(facts({ targets: [liveTarget(live())] }))).toEqual([]);
  });
});
