import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/server-invalid.js';
import type { KubeCluster } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

function drafts(server: string) {
  const cluster = { ...entry<KubeCluster>('c', { server }, 3), fieldLines: { server: 5 } };
  return run(check, facts({ targets: [target({ cluster })] }));
}

describe('kubeconfig/server-invalid', () => {
  it.each([
    ['http://10.0.0.1:8080', 'error', 'uses http://'],
    ['10.0.0.1:6443', 'error', 'has no scheme'],
    ['kube.example:6443', 'error', 'has no scheme'],
    [' https://kube.example', 'error', 'whitespace'],
    ['https://kube.example\n', 'error', 'whitespace'],
    ['https://[::1', 'error', 'not a valid URL'],
    ['ftp://kube.example', 'error', 'unsupported scheme ftp:'],
    ['https://admin:pw@kube.example', 'error', 'user name or password'],
    ['https://kube.example/api', 'warning', 'has the path /api'],
    ['https://kube.example?x=1', 'warning', 'query or fragment'],
  ])('%j → %s (%s)', (server, severity, why) => {
    const [d] = drafts(server);
    expect(d?.severity).toBe(severity);
    expect(d?.message).toContain(why);
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 5 });
  });

  it('never prints a password from the URL', () => {
    const [d] = drafts('https://admin:s3cret@kube.example');
    expect(JSON.stringify(d)).not.toContain('s3cret');
  });

  it.each([
    'https://kube.example:6443',
    'https://10.0.0.1',
    'https://ABCDEF.gr7.eu-west-1.eks.amazonaws.com',
    'https://rancher.example/k8s/clusters/c-m-abc12',
    'https://kube.example/',
  ])('is silent for %j', (server) => {
    expect(drafts(server)).toEqual([]);
  });

  it('is silent without a server (server-missing covers that)', () => {
    expect(run(check, facts({ targets: [target({ cluster: entry('c', {}) })] }))).toEqual([]);
  });
});
