import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/cert-without-key.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const LINES = {
  'client-certificate': 11,
  'client-certificate-data': 12,
  'client-key': 13,
  'client-key-data': 14,
};
const run1 = (value: KubeUser) =>
  run(
    check,
    facts({ targets: [target({ user: { ...entry('ci', value, 10), fieldLines: LINES } })] }),
  );

describe('kubeconfig/cert-without-key', () => {
  it('reports a certificate without a key in kubectl’s words', () => {
    const drafts = run1({ 'client-certificate-data': 'Zm9v' });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.severity).toBe('error');
    expect(drafts[0]?.message).toContain(
      'client-key-data or client-key must be specified for ci to use the clientCert authentication method.',
    );
    expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 12 });
  });

  it('reports a key without a certificate: an error when nothing else authenticates', () => {
    const drafts = run1({ 'client-key': '/k.pem' });
    expect(drafts[0]?.severity).toBe('error');
    expect(drafts[0]?.message).toContain('Please enter Username:');
    expect(drafts[0]?.location?.line).toBe(13);
  });

  it('only warns about a stray key when a token still authenticates', () => {
    const drafts = run1({ 'client-key-data': 'Zm9v', token: 't' });
    expect(drafts[0]?.severity).toBe('warning');
    expect(drafts[0]?.message).toContain('kubectl ignores the key.');
  });

  it.each([
    [{ 'client-certificate': '/c', 'client-key': '/k' }],
    [{ 'client-certificate-data': 'Zm9v', 'client-key-data': 'YmFy' }],
    [{ token: 't' }],
    [{ 'client-certificate': '', 'client-key': '' }],
  ])('is silent for %j', (value: KubeUser) => {
    expect(run1(value)).toEqual([]);
  });
});
