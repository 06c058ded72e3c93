import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/redacted.js';
import type { KubeCluster, KubeUser } from '../../../src/model/kubeconfig.js';
import { emptyFile, entry, facts, merged, run, target } from '../../helpers/facts.js';

const FILE = '/home/ci/.kube/config';
const kubeconfig = merged({
  files: [
    {
      ...emptyFile(FILE),
      redacted: [
        {
          field: 'cluster "prod" certificate-authority-data',
          placeholder: 'DATA+OMITTED',
          line: 5,
        },
        { field: 'user "ci" token', placeholder: 'REDACTED', line: 12 },
        { field: 'user "other" token', placeholder: 'REDACTED', line: 20 },
      ],
    },
  ],
});

describe('kubeconfig/redacted', () => {
  it('reports placeholders in the target’s cluster and user', () => {
    const t = target({
      contextName: 'prod',
      cluster: entry<KubeCluster>(
        'prod',
        { 'certificate-authority-data': 'DATA+OMITTED' },
        3,
        FILE,
      ),
      user: entry<KubeUser>('ci', { token: 'REDACTED' }, 10, FILE),
    });
    const drafts = run(check, facts({ kubeconfig, targets: [t] }));
    expect(drafts.map((d) => d.message)).toEqual([
      'cluster "prod" has `certificate-authority-data` = "DATA+OMITTED" (/home/ci/.kube/config:5): a placeholder from `kubectl config view`, not the real value.',
      'user "ci" has `token` = "REDACTED" (/home/ci/.kube/config:12): a placeholder from `kubectl config view`, not the real value.',
    ]);
    expect(drafts[1]?.location).toEqual({ file: FILE, line: 12 });
    expect(drafts.every((d) => d.context === 'prod')).toBe(true);
    expect(check.remediation).toContain('--raw');
  });

  it('is silent for placeholders in entries no target uses', () => {
    const t = target({ user: entry<KubeUser>('ci2', { token: 'x' }, 10, FILE) });
    expect(run(check, facts({ kubeconfig, targets: [t] }))).toEqual([]);
    expect(run(check, facts({ kubeconfig, targets: [] }))).toEqual([]);
  });
});
