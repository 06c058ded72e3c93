import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/user-not-found.js';
import type { Entry, KubeContext, KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, merged, run, target } from '../../helpers/facts.js';

function context(value: KubeContext): Entry<KubeContext> {
  return { ...entry('prod', value, 20), fieldLines: { cluster: 22, user: 23 } };
}

describe('kubeconfig/user-not-found', () => {
  it('reports a context naming an undefined user and what kubectl then does', () => {
    const users = new Map([['ci', entry<KubeUser>('ci', { token: 't' })]]);
    const t = target({ contextName: 'prod', context: context({ cluster: 'c', user: 'deployer' }) });
    const drafts = run(check, facts({ kubeconfig: merged({ users }), targets: [t] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain(
      'Context "prod" (/home/ci/.kube/config:23) names user "deployer"',
    );
    expect(drafts[0]?.message).toContain('(defined: "ci")');
    expect(drafts[0]?.message).toContain('Please enter Username:');
    expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 23 });
  });

  it('reports a context without a user', () => {
    const t = target({ context: context({ cluster: 'c' }) });
    expect(run(check, facts({ targets: [t] }))[0]?.message).toContain('does not name a user');
  });

  it('is silent when the user resolved, or there is no context', () => {
    const ok = target({ context: context({ user: 'ci' }), user: entry<KubeUser>('ci', {}) });
    expect(run(check, facts({ targets: [ok, target()] }))).toEqual([]);
  });
});
