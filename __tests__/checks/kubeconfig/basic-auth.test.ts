import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/basic-auth.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (value: KubeUser) =>
  run(
    check,
    facts({
      targets: [
        target({
          user: { ...entry('admin', value, 10), fieldLines: { username: 12, password: 13 } },
        }),
      ],
    }),
  );

describe('kubeconfig/basic-auth', () => {
  it('reports username/password as rejected since 1.19, without the password', () => {
    const drafts = run1({ username: 'admin', password: 'hunter2-secret' });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain('User "admin" (/home/ci/.kube/config:12) uses basic auth');
    expect(drafts[0]?.message).toContain('1.19');
    expect(drafts[0]?.evidence).toMatchObject({ username: true, password: true });
    expect(JSON.stringify(drafts)).not.toContain('hunter2');
  });

  it('fires for a password alone, pointing at it', () => {
    expect(run1({ password: 'p' })[0]?.location).toEqual({
      file: '/home/ci/.kube/config',
      line: 13,
    });
  });

  it('is silent for other methods and empty strings', () => {
    expect(run1({ token: 't', username: '', password: '' })).toEqual([]);
  });
});
