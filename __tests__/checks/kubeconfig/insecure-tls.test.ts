import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/insecure-tls.js';
import type { KubeCluster } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (value: KubeCluster) =>
  run(
    check,
    facts({ targets: [target({ contextName: 'dev', cluster: entry('kind', value, 3) })] }),
  );

describe('kubeconfig/insecure-tls', () => {
  it('warns when verification is off and no CA is set', () => {
    const drafts = run1({ server: 'https://127.0.0.1:6443', 'insecure-skip-tls-verify': true });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain(
      'Cluster "kind" (/home/ci/.kube/config:3) skips TLS verification',
    );
    expect(drafts[0]?.context).toBe('dev');
    expect(check.severity).toBe('warning');
  });

  it('is silent when verification is on, or a CA is also set (insecure-with-ca reports that)', () => {
    expect(run1({ 'insecure-skip-tls-verify': false })).toEqual([]);
    expect(run1({})).toEqual([]);
    expect(run1({ 'insecure-skip-tls-verify': true, 'certificate-authority': '/ca' })).toEqual([]);
  });
});
