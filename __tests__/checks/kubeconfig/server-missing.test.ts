import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/server-missing.js';
import type { KubeCluster } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

describe('kubeconfig/server-missing', () => {
  it.each([[{}], [{ server: '' }], [{ 'certificate-authority-data': 'Zm9v' }]])(
    'fires for cluster %j',
    (value: KubeCluster) => {
      const t = target({ contextName: 'prod', cluster: entry('eks', value, 4) });
      const drafts = run(check, facts({ targets: [t] }));
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.message).toBe(
        'Cluster "eks" (/home/ci/.kube/config:4), used by context "prod", has no server URL.',
      );
      expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 4 });
    },
  );

  it('is silent with a server, or without a cluster (cluster-not-found covers that)', () => {
    const ok = target({ cluster: entry<KubeCluster>('eks', { server: 'https://x' }) });
    expect(run(check, facts({ targets: [ok, target()] }))).toEqual([]);
  });
});
