import { describe, expect, it } from '@jest/globals';
import type { TokenCredential } from '../../src/model/credentials.js';
import type { KubeCluster } from '../../src/model/kubeconfig.js';
import { tokenFix, tokenKind, tokenWindow } from '../../src/model/token.js';
import { at, entry, target } from '../helpers/facts.js';
import { eksFacts, tokenFacts, tokenTarget } from '../helpers/token-facts.js';

const cred = (t: ReturnType<typeof tokenTarget>): TokenCredential => {
  const token = t.token?.ok ? t.token.value : t.exec?.credential?.token;
  if (!token) throw new Error('no token');
  return t.token?.ok
    ? { source: t.token.source, token }
    : { source: { field: 'exec', kind: 'exec', origin: { file: 'k' } }, token };
};

describe('tokenKind', () => {
  it.each([
    ['eks', eksFacts(at(0))],
    [
      'legacy-service-account',
      tokenFacts({ issuer: 'kubernetes/serviceaccount', subject: 'system:serviceaccount:a:b' }),
    ],
    [
      'service-account',
      tokenFacts({
        issuer: 'https://oidc.eks.eu-west-1.amazonaws.com/id/X',
        subject: 'system:serviceaccount:a:b',
      }),
    ],
    ['aks', tokenFacts({ issuer: 'https://sts.windows.net/tenant-id/' })],
    ['oidc', tokenFacts({ issuer: 'https://dex.example.com' })],
    ['jwt', tokenFacts({ issuer: 'my-issuer' })],
    ['opaque', tokenFacts({ format: 'opaque' })],
  ])('%s', (kind, token) => {
    const t = tokenTarget(token);
    expect(tokenKind(cred(t), t)).toBe(kind);
  });

  it('knows GKE and AKS plugin tokens by their exec command', () => {
    const gke = tokenTarget(tokenFacts({ format: 'opaque' }), 'exec');
    if (gke.exec) gke.exec.command = '/usr/lib/google-cloud-sdk/bin/gke-gcloud-auth-plugin';
    expect(tokenKind(cred(gke), gke)).toBe('gke');
    const aks = tokenTarget(tokenFacts({ format: 'opaque' }), 'exec');
    if (aks.exec) aks.exec.command = 'kubelogin';
    expect(tokenKind(cred(aks), aks)).toBe('aks');
  });
});

describe('tokenWindow', () => {
  it('opens an EKS token 5 minutes before X-Amz-Date (STS skew) and closes it 15 minutes after', () => {
    expect(tokenWindow(eksFacts(at(0)))).toEqual({ notBefore: at(-300), notAfter: at(900) });
  });

  it('opens a JWT at the later of nbf and iat, less a minute of leeway', () => {
    expect(
      tokenWindow(tokenFacts({ notBefore: at(10), issuedAt: at(100), expiresAt: at(999) })),
    ).toEqual({
      notBefore: at(40),
      notAfter: at(999),
    });
    expect(tokenWindow(tokenFacts({ format: 'opaque' }))).toEqual({});
  });
});

describe('tokenFix', () => {
  it('names the EKS cluster from the cluster ARN, or from the exec args', () => {
    const cluster = entry<KubeCluster>('arn:aws:eks:ap-south-1:111122223333:cluster/prod-a', {});
    const t = tokenTarget(eksFacts(at(0)), 'token', { cluster });
    expect(tokenFix(cred(t), t)).toContain(
      'aws eks update-kubeconfig --name prod-a --region ap-south-1',
    );
    const e = tokenTarget(eksFacts(at(0)), 'exec');
    expect(tokenFix(cred(e), e)).toContain('--name demo --region eu-west-1');
  });

  it('fills the service account and namespace into kubectl create token', () => {
    const t = tokenTarget(tokenFacts({ subject: 'system:serviceaccount:deploy:ci' }));
    expect(tokenFix(cred(t), t)).toContain('kubectl create token ci -n deploy --duration=2h');
    const o = tokenTarget(tokenFacts({ format: 'opaque' }), 'token', { ...target() });
    expect(tokenFix(cred(o), o)).toContain('kubectl create token <sa> -n <namespace>');
  });
});
