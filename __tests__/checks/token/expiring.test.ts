import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/expiring.js';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { at, facts, NOW, run } from '../../helpers/facts.js';
import { eksFacts, tokenFacts, tokenTarget } from '../../helpers/token-facts.js';
import { makeJwt, seconds } from '../../helpers/tokens.js';

describe('token/expiring', () => {
  it('is an error inside min-validity', () => {
    const [d] = run(check, facts({ targets: [tokenTarget(tokenFacts({ expiresAt: at(600) }))] }));
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('expires in 10m (');
    expect(d?.message).toContain('inside min-validity 15m');
    expect(d?.evidence).toMatchObject({ secondsLeft: 600, expiresAt: at(600) });
  });

  it('is a warning inside warn-within, for a token file too', () => {
    const t = tokenTarget(tokenFacts({ expiresAt: at(10 * 86400) }), 'tokenFile');
    const [d] = run(check, facts({ targets: [t] }));
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain(
      'tokenFile file /run/secrets/kube-token (set at /home/ci/.kube/config:12)',
    );
    expect(d?.evidence).toMatchObject({ path: '/run/secrets/kube-token' });
  });

  it('always flags a static EKS token, which cannot outlive 15 minutes', () => {
    const [d] = run(check, facts({ targets: [tokenTarget(eksFacts(at(-120)))] }));
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('A static EKS token cannot cover a deploy.');
    expect(d?.remediation).toContain('aws eks update-kubeconfig');
  });

  it('reads the expiry of a real signed JWT', () => {
    const raw = makeJwt({
      sub: 'system:serviceaccount:ci:deployer',
      exp: seconds(NOW) + 3 * 86400,
    });
    const [d] = run(check, facts({ targets: [tokenTarget(describeToken(raw, new SecretSet()))] }));
    expect(d?.severity).toBe('warning');
    expect(d?.remediation).toContain('kubectl create token deployer -n ci --duration=2h');
  });

  it.each([
    ['far from expiry', tokenTarget(tokenFacts({ expiresAt: at(60 * 86400) }))],
    ['already expired', tokenTarget(tokenFacts({ expiresAt: at(-10) }))],
    ['without expiry', tokenTarget(tokenFacts())],
    ['from an exec plugin, which is run again', tokenTarget(eksFacts(at(-60)), 'exec')],
  ])('is silent for a token %s', (_, t) => {
    expect(run(check, facts({ targets: [t] }))).toEqual([]);
  });
});
