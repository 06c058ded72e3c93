import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/expired.js';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import type { KubeCluster } from '../../../src/model/kubeconfig.js';
import { at, entry, facts, NOW, run, target } from '../../helpers/facts.js';
import { eksFacts, tokenFacts, tokenTarget } from '../../helpers/token-facts.js';
import { makeEksToken } from '../../helpers/tokens.js';

const SA = 'system:serviceaccount:deploy:ci';
const cluster = entry<KubeCluster>('arn:aws:eks:eu-west-1:111122223333:cluster/demo', {}, 3);

describe('token/expired', () => {
  it('reports an expired service-account JWT with its source, evidence and the exact fix', () => {
    const token = tokenFacts({
      subject: SA,
      issuer: 'https://kubernetes.default.svc',
      expiresAt: at(-3600),
    });
    const [d, ...rest] = run(check, facts({ targets: [tokenTarget(token)] }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "ci": the service-account token in token (/home/ci/.kube/config:12) of user "ci" ' +
        `expired 1h ago (${at(-3600)}).`,
    );
    expect(d?.remediation).toContain('kubectl create token ci -n deploy --duration=2h');
    expect(d?.context).toBe('ci');
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 12 });
    expect(d?.evidence).toMatchObject({
      user: 'ci',
      field: 'token',
      format: 'jwt',
      kind: 'service-account',
      fingerprint: '0123456789abcdef',
      subject: SA,
      expiresAt: at(-3600),
      secondsLeft: -3600,
    });
  });

  it('explains the 15-minute life of an EKS token and names the cluster in the fix', () => {
    const t = tokenTarget(eksFacts(at(-20 * 60)), 'token', { cluster });
    const [d] = run(check, facts({ targets: [t] }));
    expect(d?.message).toMatch(
      /EKS token .* expired 5m ago .* signed at .*; EKS tokens live 15 minutes/,
    );
    expect(d?.remediation).toContain('aws eks update-kubeconfig --name demo --region eu-west-1');
    expect(d?.evidence).toMatchObject({
      region: 'eu-west-1',
      accessKeyPrefix: 'ASIA',
      signedAt: at(-1200),
    });
  });

  it('catches a real EKS token minted 16 minutes ago, without leaking it', () => {
    const raw = makeEksToken({ date: new Date(NOW.getTime() - 16 * 60 * 1000) });
    const t = tokenTarget(describeToken(raw, new SecretSet()));
    const drafts = run(check, facts({ targets: [t] }));
    expect(drafts).toHaveLength(1);
    expect(JSON.stringify(drafts)).not.toContain(raw.slice(11, 40));
  });

  it('reports an exec plugin that hands back an expired token, and every target', () => {
    const targets = [
      tokenTarget(tokenFacts({ expiresAt: at(-60) }), 'exec'),
      { ...tokenTarget(tokenFacts({ expiresAt: at(-7200) }), 'tokenFile'), contextName: 'staging' },
    ];
    const drafts = run(check, facts({ targets }));
    expect(drafts.map((d) => d.context)).toEqual(['ci', 'staging']);
    expect(drafts[0]?.message).toContain("the exec plugin's credential");
    expect(drafts[1]?.message).toContain('tokenFile file /run/secrets/kube-token');
  });

  it.each([
    ['a valid JWT', tokenFacts({ expiresAt: at(86400 * 90) })],
    ['a JWT expiring soon', tokenFacts({ expiresAt: at(300) })],
    ['a JWT without exp', tokenFacts({ issuer: 'kubernetes/serviceaccount' })],
    ['an opaque token', tokenFacts({ format: 'opaque' })],
    ['a fresh EKS token', eksFacts(at(-60))],
    ['a token not valid yet', tokenFacts({ notBefore: at(3600), expiresAt: at(7200) })],
  ])('is silent for %s', (_, token) => {
    expect(run(check, facts({ targets: [tokenTarget(token)] }))).toEqual([]);
  });

  it('is silent without tokens or with an unreadable token file', () => {
    const source = { field: 'tokenFile', kind: 'file' as const, origin: { file: 'x' } };
    const unreadable = target({
      tokenFile: { ok: false, problem: 'unreadable', detail: 'ENOENT', source },
    });
    expect(run(check, facts({ targets: [target(), unreadable] }))).toEqual([]);
  });
});
