import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cert/client-expired.js';
import { at, facts } from '../../helpers/facts.js';
import { certFacts, certTarget } from '../../helpers/cert-facts.js';

describe('cert/client-expired', () => {
  it('reports an expired client certificate with evidence and location', () => {
    const [d, ...rest] = check.run(
      facts({ targets: [certTarget([certFacts({ notAfter: at(-7200) })])] }),
    );
    expect(rest).toEqual([]);
    expect(d?.message).toMatch(
      /^Context "prod": the client certificate "O=deployers, CN=ci" in client-certificate-data .* expired 2h ago/,
    );
    expect(d?.message).toContain('401 Unauthorized');
    expect(d?.evidence).toMatchObject({
      subject: 'O=deployers, CN=ci',
      fingerprint: 'AA:BB:CC',
      secondsLeft: -7200,
    });
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 12 });
    expect(d?.remediation).toContain('kubeadm certs renew admin.conf');
  });

  it('checks every certificate of the bundle (an expired intermediate too)', () => {
    const t = certTarget([
      certFacts(),
      certFacts({ subject: 'CN=intermediate', notAfter: at(-60) }),
    ]);
    const out = check.run(facts({ targets: [t] }));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('intermediate certificate #2 of 2 "CN=intermediate"');
  });

  it('covers certificates returned by an exec plugin, with the plugin fix', () => {
    const t = certTarget([], 'client', {
      exec: {
        command: 'my-plugin',
        args: [],
        outcome: 'ok',
        envNames: [],
        origin: { file: '/k', line: 3 },
        credential: {
          clientCert: {
            ok: true,
            value: [certFacts({ notAfter: at(-1) })],
            source: { field: 'exec', kind: 'exec', origin: { file: '/k', line: 3 } },
          },
        },
      },
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toContain("the exec plugin's credential");
    expect(d?.remediation).toContain('`my-plugin`');
  });

  it('is silent for valid, expiring and not-yet-valid certificates', () => {
    const certs = [certFacts(), certFacts({ notAfter: at(60) }), certFacts({ notBefore: at(60) })];
    expect(check.run(facts({ targets: certs.map((c) => certTarget([c])) }))).toEqual([]);
  });
});
