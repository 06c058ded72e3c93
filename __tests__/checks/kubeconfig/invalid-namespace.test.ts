import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/invalid-namespace.js';
import type { KubeContext } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (namespace: string) => {
  const context = {
    ...entry<KubeContext>('prod', { namespace }, 20),
    fieldLines: { namespace: 24 },
  };
  return run(check, facts({ targets: [target({ contextName: 'prod', context })] }));
};

describe('kubeconfig/invalid-namespace', () => {
  it.each(['Apps', 'my_ns', 'apps ', '-apps', 'apps-', 'a.b', 'x'.repeat(64)])(
    'fires for %j',
    (ns) => {
      const drafts = run1(ns);
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.message).toContain(
        `Namespace ${JSON.stringify(ns)} of context "prod" (/home/ci/.kube/config:24)`,
      );
      expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 24 });
    },
  );

  it.each(['apps', 'kube-system', 'a', '1a', 'x'.repeat(63), ''])('is silent for %j', (ns) => {
    expect(run1(ns)).toEqual([]);
  });
});
