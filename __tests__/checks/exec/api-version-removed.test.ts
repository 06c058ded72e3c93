import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/api-version-removed.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';

const V1ALPHA1 = 'client.authentication.k8s.io/v1alpha1';

describe('exec/api-version-removed', () => {
  it('fires for a v1alpha1 plugin, naming the user, command and line', () => {
    const drafts = run(
      check,
      facts({
        targets: [
          execTarget({
            outcome: 'api-version-removed',
            apiVersion: V1ALPHA1,
            detail: `exec plugin: invalid apiVersion "${V1ALPHA1}"`,
          }),
        ],
      }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain('User "ci-user" (/home/ci/.kube/config:14) runs `aws`');
    expect(drafts[0]?.message).toContain('removed in Kubernetes 1.24');
    expect(drafts[0]?.evidence?.apiVersion).toBe(V1ALPHA1);
    expect(drafts[0]?.location?.line).toBe(14);
    expect(check.remediation).toContain('aws eks update-kubeconfig');
    expect(check.remediation).toContain('client.authentication.k8s.io/v1beta1');
  });

  it('fires once per affected context', () => {
    const targets = ['a', 'b'].map((c) =>
      execTarget({ outcome: 'api-version-removed', apiVersion: V1ALPHA1 }, c),
    );
    expect(run(check, facts({ targets })).map((d) => d.context)).toEqual(['a', 'b']);
  });

  it('is silent for v1beta1 plugins that ran and for users without exec', () => {
    expect(run(check, facts({ targets: [execTarget(), target()] }))).toEqual([]);
  });
});
