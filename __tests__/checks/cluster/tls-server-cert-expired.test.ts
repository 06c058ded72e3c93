import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/tls-server-cert-expired.js';
import { at, facts } from '../../helpers/facts.js';
import { certFacts } from '../../helpers/cert-facts.js';
import { failed, live, liveTarget } from '../../helpers/live-facts.js';

const expiredAt = (notBefore: number, notAfter: number) =>
  liveTarget(
    failed({
      kind: 'tls',
      problem: 'server-cert-expired',
      code: 'CERT_HAS_EXPIRED',
      detail: 'certificate has expired',
      presented: [
        certFacts({
          subject: 'CN=kube-apiserver',
          notBefore: at(notBefore),
          notAfter: at(notAfter),
        }),
      ],
    }),
  );

describe('cluster/tls-server-cert-expired', () => {
  it('says how long ago the serving certificate expired', () => {
    const [d] = check.run(facts({ targets: [expiredAt(-400 * 86400, -2 * 86400)] }));
    expect(d?.message).toMatch(/^Context "prod": The API server's certificate expired 2d ago/);
    expect(d?.remediation).toContain('kubeadm certs renew apiserver');
    expect(d?.evidence).toMatchObject({
      serverCertSubject: 'CN=kube-apiserver',
      code: 'CERT_HAS_EXPIRED',
    });
  });

  it("suspects the runner's clock when the certificate is not valid yet", () => {
    const [d] = check.run(facts({ targets: [expiredAt(3600, 365 * 86400)] }));
    expect(d?.message).toContain("the runner's clock is behind");
  });

  it('is silent otherwise', () => {
    expect(check.run(facts({ targets: [liveTarget(live())] }))).toEqual([]);
  });
});
