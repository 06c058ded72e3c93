import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/unauthorized.js';
import { at, facts } from '../../helpers/facts.js';
import { certFacts, dataSource } from '../../helpers/cert-facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

const rejected = { code: 401, reason: 'Unauthorized', message: 'Unauthorized' };

function certTarget(notAfter: number, notBefore = -200 * 86400) {
  const l = live({ unauthorized: rejected });
  delete l.whoami;
  return liveTarget(l, {
    clientCert: {
      ok: true,
      value: [certFacts({ notAfter: at(notAfter), notBefore: at(notBefore) })],
      source: dataSource('client-certificate-data'),
    },
  });
}

describe('cluster/unauthorized', () => {
  it('puts the top-ranked cause in the message: a certificate that just expired', () => {
    const [d, ...rest] = check.run(facts({ targets: [certTarget(-120)] }));
    expect(rest).toEqual([]);
    expect(d?.message).toContain('answered 401 Unauthorized to the client certificate');
    expect(d?.message).toContain('"You must be logged in to the server (Unauthorized)"');
    expect(d?.message).toContain(
      'Most likely (high): The client certificate "O=deployers, CN=ci" expired 2m ago, during or just before this job',
    );
    expect(d?.evidence).toMatchObject({
      status: 401,
      sent: ['client-certificate'],
      likelyCause: 'credential-expired',
      likelihood: 'high',
    });
  });

  it('ranks an unknown rejection last-resort when nothing explains it', () => {
    const [d] = check.run(facts({ targets: [certTarget(86400 * 90)] }));
    expect(d?.evidence?.likelyCause).toBe('unknown-rejection');
    expect(d?.message).toContain('Most likely (low)');
  });

  it('widens to 24 hours when nothing happened in the narrow windows', () => {
    const [d] = check.run(facts({ targets: [certTarget(86400 * 90, -86400)] }));
    expect(d?.evidence?.likelyCause).toBe('credential-recently-issued');
    expect(d?.message).toContain(
      'Most likely (low): The client certificate "O=deployers, CN=ci" was issued 1d ago',
    );
  });

  it('is silent when the server accepted the credential', () => {
    expect(check.run(facts({ targets: [liveTarget(live())] }))).toEqual([]);
  });
});
