import { describe, expect, it } from '@jest/globals';
import { diagnoseTarget } from '../../src/diagnose/index.js';
import type { TargetFacts } from '../../src/model/facts.js';
import type { TokenFacts } from '../../src/model/materials.js';
import { certFacts, dataSource } from '../helpers/cert-facts.js';
import { at, emptyFile, entry, facts, merged, NOW } from '../helpers/facts.js';
import { live, liveTarget } from '../helpers/live-facts.js';

const FILE = '/home/ci/.kube/config';

function rejected(
  partial: Partial<TargetFacts>,
  sent: ('client-certificate' | 'bearer-token' | 'basic-auth')[],
  skew = 0,
  bearerSource?: 'token',
) {
  const l = live({
    sent,
    unauthorized: { code: 401 },
    clock: { serverDate: NOW.toISOString(), skewSeconds: skew, uncertaintySeconds: 0.5 },
    ...(bearerSource ? { bearerSource } : {}),
  });
  delete l.whoami;
  return liveTarget(l, { user: entry('ci', {}, 3, FILE), ...partial });
}

const cert = (notBefore: number, notAfter: number) => ({
  clientCert: {
    ok: true as const,
    value: [certFacts({ notBefore: at(notBefore), notAfter: at(notAfter) })],
    source: dataSource('client-certificate-data'),
  },
});
const token = (t: Partial<TokenFacts>) => ({
  token: {
    ok: true as const,
    value: { format: 'jwt' as const, fingerprint: '0123456789abcdef', length: 900, ...t },
    source: dataSource('token'),
  },
});
const writtenAgo = (seconds: number) => ({
  kubeconfig: merged({ files: [{ ...emptyFile(FILE), modifiedAt: at(-seconds) }] }),
});

function causes(t: TargetFacts, extra = {}) {
  const d = diagnoseTarget(t, facts({ targets: [t], ...extra }));
  expect(d?.problem).toBe('unauthorized');
  return d;
}

describe('401 diagnosis', () => {
  it('ranks a credential that expired within 5 minutes first, in the 5m window', () => {
    const d = causes(rejected(cert(-200 * 86400, -90), ['client-certificate']));
    expect(d?.causes[0]).toMatchObject({
      id: 'credential-expired',
      likelihood: 'high',
      window: '5m',
    });
    expect(d?.causes[0]?.title).toContain('expired 1m 30s ago, during or just before this job');
    expect(d?.windowNote).toBeUndefined();
  });

  it('still names an expiry from days ago, without a window', () => {
    const d = causes(rejected(cert(-400 * 86400, -3 * 86400), ['client-certificate']));
    expect(d?.causes[0]).toMatchObject({ id: 'credential-expired' });
    expect(d?.causes[0]?.window).toBeUndefined();
  });

  it('blames clock skew when the credential is valid at the runner but expired at the server', () => {
    const d = causes(
      rejected(token({ expiresAt: at(120), issuedAt: at(-3480) }), ['bearer-token'], 600, 'token'),
    );
    expect(d?.causes[0]?.id).toBe('clock-skew');
    expect(d?.causes[0]?.evidence).toContain('measured clock skew 600s (server minus runner)');
  });

  it('blames skew when the server is behind and the token is not yet valid there', () => {
    const d = causes(
      rejected(token({ notBefore: at(-30), expiresAt: at(3600) }), ['bearer-token'], -300, 'token'),
    );
    expect(d?.causes[0]).toMatchObject({ id: 'clock-skew', likelihood: 'high' });
  });

  it('says a service account was deleted or re-created when its valid token is rejected', () => {
    const sa = { namespace: 'ci', name: 'deployer', uid: '6f1c', bound: true };
    const d = causes(
      rejected(
        token({
          serviceAccount: sa,
          subject: 'system:serviceaccount:ci:deployer',
          issuer: 'https://kubernetes.default.svc',
          issuedAt: at(-600),
          expiresAt: at(3000),
        }),
        ['bearer-token'],
        0,
        'token',
      ),
    );
    expect(d?.causes[0]?.id).toBe('service-account-token-rejected');
    expect(d?.causes[0]?.settle).toContain(
      "kubectl get serviceaccount deployer -n ci -o jsonpath='{.metadata.uid}'",
    );
    expect(d?.causes[0]?.settle).toContain('a uid other than 6f1c');
  });

  it('names issuer and audience for an OIDC token', () => {
    const d = causes(
      rejected(
        token({ issuer: 'https://idp.example', audience: ['kubectl'], expiresAt: at(3000) }),
        ['bearer-token'],
        0,
        'token',
      ),
    );
    expect(d?.causes[0]).toMatchObject({ id: 'oidc-token-rejected', likelihood: 'medium' });
  });

  it('ranks a client certificate from another CA above a kubeconfig rewritten 10 minutes ago', () => {
    const t = rejected({ ...cert(-200 * 86400, 90 * 86400), clientCertIssuedByCa: false }, [
      'client-certificate',
    ]);
    const d = causes(t, writtenAgo(600));
    expect(d?.causes.map((c) => [c.id, c.window])).toEqual([
      ['client-ca-mismatch', undefined],
      ['kubeconfig-rewritten', '30m'],
    ]);
  });

  it('widens to 24 hours when nothing is in the narrow windows, and says so', () => {
    const d = causes(
      rejected(cert(-200 * 86400, 90 * 86400), ['client-certificate']),
      writtenAgo(5 * 3600),
    );
    expect(d?.causes.map((c) => [c.id, c.window, c.likelihood])).toEqual([
      ['kubeconfig-rewritten', '24h', 'low'],
    ]);
    expect(d?.windowNote).toContain('widened to 24 hours');
  });

  it('falls back to an honest "no reason given" with what would settle it', () => {
    const d = causes(
      rejected(cert(-200 * 86400, 90 * 86400), ['client-certificate']),
      writtenAgo(3 * 86400),
    );
    expect(d?.causes).toHaveLength(1);
    expect(d?.causes[0]).toMatchObject({ id: 'unknown-rejection', likelihood: 'low' });
    expect(d?.windowNote).toBe('Nothing expired, changed or was issued in the last 24 hours.');
  });

  it('explains a 401 without credentials, and basic auth', () => {
    expect(causes(rejected({}, []))?.causes[0]?.id).toBe('no-credentials');
    expect(causes(rejected({}, ['basic-auth']))?.causes[0]?.id).toBe('basic-auth-removed');
  });
});
