import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/insecure-with-ca.js';
import type { KubeCluster } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (value: KubeCluster) =>
  run(
    check,
    facts({
      targets: [
        target({
          cluster: { ...entry('prod', value, 3), fieldLines: { 'insecure-skip-tls-verify': 8 } },
        }),
      ],
    }),
  );

describe('kubeconfig/insecure-with-ca', () => {
  it.each([
    [
      { 'insecure-skip-tls-verify': true, 'certificate-authority-data': 'Zm9v' },
      'certificate-authority-data',
    ],
    [
      { 'insecure-skip-tls-verify': true, 'certificate-authority': '/ca.crt' },
      'certificate-authority',
    ],
  ])('fires for %j', (value, field) => {
    const drafts = run1(value);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain(`and ${field} (`);
    expect(drafts[0]?.message).toContain(
      'specifying a root certificates file with the insecure flag is not allowed',
    );
    expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 8 });
  });

  it.each([
    [{ 'insecure-skip-tls-verify': true }],
    [{ 'insecure-skip-tls-verify': false, 'certificate-authority-data': 'Zm9v' }],
    [{ 'certificate-authority': '/ca.crt' }],
  ])('is silent for %j', (value: KubeCluster) => {
    expect(run1(value)).toEqual([]);
  });
});
