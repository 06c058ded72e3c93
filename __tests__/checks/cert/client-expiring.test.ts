import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cert/client-expiring.js';
import { at, entry, facts } from '../../helpers/facts.js';
import { certFacts, certTarget } from '../../helpers/cert-facts.js';

describe('cert/client-expiring', () => {
  it('is a warning inside warn-within', () => {
    const [d] = check.run(
      facts({ targets: [certTarget([certFacts({ notAfter: at(3 * 86400) })])] }),
    );
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('expires in 3d');
    expect(d?.message).toContain('inside warn-within 30d');
  });

  it('is an error inside min-validity: the deploy would lose its credentials half way', () => {
    const [d] = check.run(facts({ targets: [certTarget([certFacts({ notAfter: at(600) })])] }));
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('inside min-validity 15m');
  });

  it('gives the platform fix (AKS here)', () => {
    const t = certTarget([certFacts({ notAfter: at(86400) })], 'client', {
      cluster: entry('aks', { server: 'https://aks-prod-abc.hcp.westeurope.azmk8s.io:443' }),
    });
    expect(check.run(facts({ targets: [t] }))[0]?.remediation).toContain('az aks get-credentials');
  });

  it('is silent beyond warn-within, once expired, and for exec-issued certificates', () => {
    const far = certTarget([certFacts({ notAfter: at(60 * 86400) })]);
    const gone = certTarget([certFacts({ notAfter: at(-5) })]);
    const exec = certTarget([], 'client', {
      exec: {
        command: 'p',
        args: [],
        outcome: 'ok',
        envNames: [],
        origin: { file: '/k' },
        credential: {
          clientCert: {
            ok: true,
            value: [certFacts({ notAfter: at(60) })],
            source: { field: 'exec', kind: 'exec', origin: { file: '/k' } },
          },
        },
      },
    });
    expect(check.run(facts({ targets: [far, gone, exec] }))).toEqual([]);
  });
});
