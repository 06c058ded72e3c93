import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cert/ca-expiring.js';
import { at, facts } from '../../helpers/facts.js';
import { certFacts, certTarget } from '../../helpers/cert-facts.js';

const ca = (subject: string, notAfter: string) => certFacts({ subject, isCA: true, notAfter });

describe('cert/ca-expiring', () => {
  it('warns inside warn-within and errs inside min-validity', () => {
    const soon = check.run(facts({ targets: [certTarget([ca('CN=k', at(10 * 86400))], 'ca')] }));
    expect(soon[0]?.severity).toBe('warning');
    const now = check.run(facts({ targets: [certTarget([ca('CN=k', at(300))], 'ca')] }));
    expect(now[0]?.severity).toBe('error');
    expect(now[0]?.remediation).toContain('kubeadm');
  });

  it('stays a warning when another CA in the bundle outlasts it', () => {
    const out = check.run(
      facts({
        targets: [certTarget([ca('CN=old', at(300)), ca('CN=new', at(400 * 86400))], 'ca')],
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.severity).toBe('warning');
    expect(out[0]?.message).toContain('Another CA in the bundle stays valid longer');
  });

  it('is silent for CAs valid beyond warn-within or already expired', () => {
    const t = certTarget([ca('CN=a', at(100 * 86400)), ca('CN=b', at(-1))], 'ca');
    expect(check.run(facts({ targets: [t] }))).toEqual([]);
  });
});
