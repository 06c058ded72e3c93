import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/no-credentials.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (value: KubeUser) =>
  run(check, facts({ targets: [target({ contextName: 'prod', user: entry('ci', value, 10) })] }));

describe('kubeconfig/no-credentials', () => {
  it.each([[{}], [{ token: '' }], [{ 'client-key-data': 'Zm9v' }], [{ as: 'someone' }]])(
    'fires for %j, saying kubectl prompts and fails with EOF',
    (value: KubeUser) => {
      const drafts = run1(value);
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.message).toBe(
        'User "ci" (/home/ci/.kube/config:10), used by context "prod", has no credentials: ' +
          'kubectl prompts `Please enter Username:` and fails with EOF in CI.',
      );
    },
  );

  it.each([
    [{ token: 't' }],
    [{ tokenFile: '/t' }],
    [{ 'client-certificate': '/c' }],
    [{ exec: { command: 'aws' } }],
    [{ 'auth-provider': { name: 'oidc' } }],
    [{ username: 'u' }],
  ])('is silent for %j', (value: KubeUser) => {
    expect(run1(value)).toEqual([]);
  });

  it('is silent without a user (user-not-found covers that)', () => {
    expect(run(check, facts({ targets: [target()] }))).toEqual([]);
  });
});
