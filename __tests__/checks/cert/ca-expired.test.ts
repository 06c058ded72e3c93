import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cert/ca-expired.js';
import { at, facts } from '../../helpers/facts.js';
import { certFacts, certTarget } from '../../helpers/cert-facts.js';

const ca = (subject: string, notAfter: string) =>
  certFacts({ subject, isCA: true, selfSigned: true, notAfter });

describe('cert/ca-expired', () => {
  it('is an error when no valid CA remains', () => {
    const [d] = check.run(
      facts({ targets: [certTarget([ca('CN=kubernetes', at(-86400))], 'ca')] }),
    );
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('CA certificate "CN=kubernetes"');
    expect(d?.message).toContain('No valid CA remains');
    expect(d?.evidence).toMatchObject({ validCAsLeft: 0, field: 'certificate-authority-data' });
  });

  it('is a warning naming the CA that remains valid in a rotation bundle', () => {
    const t = certTarget([ca('CN=old', at(-60)), ca('CN=new', at(365 * 86400))], 'ca');
    const out = check.run(facts({ targets: [t] }));
    expect(out).toHaveLength(1);
    expect(out[0]?.severity).toBe('warning');
    expect(out[0]?.message).toContain('still holds a valid CA ("CN=new"');
  });

  it('is silent when every CA is valid', () => {
    expect(check.run(facts({ targets: [certTarget([ca('CN=k', at(100))], 'ca')] }))).toEqual([]);
  });
});
