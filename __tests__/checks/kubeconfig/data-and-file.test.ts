import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/data-and-file.js';
import type { KubeCluster, KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

describe('kubeconfig/data-and-file', () => {
  it('reports a CA given as data and as a file, in kubectl’s words', () => {
    const cluster = {
      ...entry<KubeCluster>(
        'prod',
        { 'certificate-authority': 'ca.crt', 'certificate-authority-data': 'Zm9v' },
        3,
      ),
      fieldLines: { 'certificate-authority': 6, 'certificate-authority-data': 7 },
    };
    const drafts = run(check, facts({ targets: [target({ cluster })] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain(
      '(/home/ci/.kube/config:7) and certificate-authority (/home/ci/.kube/config:6)',
    );
    expect(drafts[0]?.message).toContain(
      'certificate-authority-data and certificate-authority are both specified for prod. certificate-authority-data will override.',
    );
    expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 6 });
  });

  it('reports client certificate and key pairs separately', () => {
    const user = entry<KubeUser>('ci', {
      'client-certificate': 'c.crt',
      'client-certificate-data': 'Zm9v',
      'client-key': 'c.key',
      'client-key-data': 'YmFy',
    });
    const messages = run(check, facts({ targets: [target({ user })] })).map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('client-cert-data and client-cert are both specified for ci.');
    expect(messages[1]).toContain('client-key-data and client-key are both specified for ci;');
  });

  it('is silent when only one of each is set, or one is empty', () => {
    const cluster = entry<KubeCluster>('prod', {
      'certificate-authority': 'ca.crt',
      'certificate-authority-data': '',
    });
    const user = entry<KubeUser>('ci', { 'client-certificate-data': 'Zm9v', 'client-key': 'k' });
    expect(run(check, facts({ targets: [target({ cluster, user })] }))).toEqual([]);
  });
});
