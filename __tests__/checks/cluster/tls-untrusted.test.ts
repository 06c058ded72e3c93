import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/tls-untrusted.js';
import { at, facts } from '../../helpers/facts.js';
import { certFacts } from '../../helpers/cert-facts.js';
import { endpoint, failed, live, liveTarget } from '../../helpers/live-facts.js';

const kubeconfigCa = certFacts({
  subject: 'CN=kubernetes',
  issuer: 'CN=kubernetes',
  isCA: true,
  fingerprint: 'AA:AA',
  notBefore: at(-400 * 86400),
});
const ca = {
  ok: true as const,
  value: [kubeconfigCa],
  source: {
    field: 'certificate-authority-data',
    kind: 'data' as const,
    origin: { file: '/k', line: 5 },
  },
};

function presented(issuer: string, notBefore = at(-3600)) {
  return [
    certFacts({ subject: 'CN=kube-apiserver', issuer, fingerprint: '11:11', notBefore }),
    certFacts({
      subject: issuer,
      issuer,
      isCA: true,
      selfSigned: true,
      fingerprint: '22:22',
      notBefore,
    }),
  ];
}

describe('cluster/tls-untrusted', () => {
  it('calls a chain from another CA a stale kubeconfig, with both fingerprints', () => {
    const t = liveTarget(
      failed({
        kind: 'tls',
        problem: 'untrusted',
        code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        detail: 'unable to verify the first certificate',
        presented: presented('CN=kubernetes-new'),
        anchoredInKubeconfigCa: false,
      }),
      { ca },
    );
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toContain('does not chain to the kubeconfig CA "CN=kubernetes"');
    expect(d?.evidence).toMatchObject({
      kubeconfigCaFingerprint: 'AA:AA',
      presentedRootFingerprint: '22:22',
      anchoredInKubeconfigCa: false,
      likelyCause: 'stale-ca',
    });
    expect(d?.remediation).toContain('Never switch on insecure-skip-tls-verify');
  });

  it('recognises a TLS-inspecting proxy by its issuer', () => {
    const t = liveTarget(
      failed(
        {
          kind: 'tls',
          problem: 'untrusted',
          detail: 'self-signed certificate in certificate chain',
          presented: presented('CN=Zscaler Root CA'),
          anchoredInKubeconfigCa: false,
        },
        {
          endpoint: endpoint({
            proxy: {
              url: 'http://proxy.example:3128',
              source: 'environment',
              variable: 'HTTPS_PROXY',
            },
          }),
        },
      ),
      { ca },
    );
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.evidence).toMatchObject({
      likelyCause: 'tls-intercepting-proxy',
      proxy: 'http://proxy.example:3128',
    });
    expect(d?.message).toContain('TLS-inspecting proxy');
  });

  it('asks for certificate-authority-data when the kubeconfig has none', () => {
    const t = liveTarget(
      failed({
        kind: 'tls',
        problem: 'untrusted',
        detail: 'x',
        presented: presented('CN=kubernetes'),
      }),
    );
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toContain('the kubeconfig has no certificate-authority');
    expect(d?.evidence?.likelyCause).toBe('ca-missing');
  });

  it('is silent for other TLS problems and for a working connection', () => {
    const other = liveTarget(failed({ kind: 'tls', problem: 'hostname-mismatch', detail: 'x' }));
    expect(check.run(facts({ targets: [other, liveTarget(live())] }))).toEqual([]);
  });
});
