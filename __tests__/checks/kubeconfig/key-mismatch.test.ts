import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/key-mismatch.js';
import { facts } from '../../helpers/facts.js';
import { certFacts, certTarget, dataSource } from '../../helpers/cert-facts.js';

describe('kubeconfig/key-mismatch', () => {
  it('reports a key that is not the certificate key, with both key types', () => {
    const t = certTarget([certFacts({ keyType: 'ec' })], 'client', {
      keyMatchesCert: false,
      clientKey: { ok: true, value: { keyType: 'rsa' }, source: dataSource('client-key-data') },
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toContain(
      'the client key of user "ci" does not match its certificate "O=deployers, CN=ci"',
    );
    expect(d?.message).toContain('certificate key ec, private key rsa');
    expect(d?.message).toContain('tls: private key does not match public key');
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 12 });
  });

  it('reports a mismatched pair returned by an exec plugin', () => {
    const t = certTarget([], 'client', {
      exec: {
        command: 'p',
        args: [],
        outcome: 'ok',
        envNames: [],
        origin: { file: '/k', line: 2 },
        credential: {
          clientCert: {
            ok: true,
            value: [certFacts()],
            source: { field: 'exec', kind: 'exec', origin: { file: '/k', line: 2 } },
          },
          keyMatchesCert: false,
        },
      },
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toContain('the exec plugin of user "ci"');
  });

  it('is silent when the pair matches or could not be compared', () => {
    expect(
      check.run(
        facts({
          targets: [
            certTarget([certFacts()], 'client', { keyMatchesCert: true }),
            certTarget([certFacts()]),
          ],
        }),
      ),
    ).toEqual([]);
  });
});
