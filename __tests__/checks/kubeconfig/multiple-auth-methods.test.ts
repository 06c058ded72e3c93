import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/multiple-auth-methods.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (value: KubeUser) =>
  run(check, facts({ targets: [target({ contextName: 'p', user: entry('ci', value, 10) })] }));

describe('kubeconfig/multiple-auth-methods', () => {
  it('reports token + basic auth in kubectl’s words', () => {
    const drafts = run1({ token: 't', username: 'u', password: 'p' });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toBe(
      'User "ci" (/home/ci/.kube/config:10): kubectl fails with "more than one authentication ' +
        'method found for ci; found [token basicAuth], only one is allowed".',
    );
    expect(drafts[0]?.context).toBe('p');
  });

  it('reports exec together with auth-provider', () => {
    const drafts = run1({ exec: { command: 'aws' }, 'auth-provider': { name: 'oidc' } });
    expect(drafts[0]?.message).toContain(
      'authProvider cannot be provided in combination with an exec plugin for ci',
    );
  });

  it.each([
    [{ token: 't', 'client-certificate-data': 'Zm9v', 'client-key-data': 'YmFy' }],
    [{ token: 't', tokenFile: '/var/run/token' }],
    [{ exec: { command: 'aws' } }],
    [{ username: 'u', password: 'p' }],
  ])('is silent for %j', (value: KubeUser) => {
    expect(run1(value)).toEqual([]);
  });
});
