import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/not-yet-valid.js';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { at, facts, NOW, run } from '../../helpers/facts.js';
import { eksFacts, tokenFacts, tokenTarget } from '../../helpers/token-facts.js';
import { makeEksToken } from '../../helpers/tokens.js';

describe('token/not-yet-valid', () => {
  it('reports a JWT whose nbf is ahead and points at the runner clock', () => {
    const token = tokenFacts({ notBefore: at(600), issuedAt: at(600), expiresAt: at(4200) });
    const [d, ...rest] = run(check, facts({ targets: [tokenTarget(token)] }));
    expect(rest).toEqual([]);
    expect(d?.message).toContain(`nbf ${at(600)} and iat ${at(600)} lie in the future`);
    expect(d?.message).toContain('becomes acceptable in 9m.');
    expect(d?.message).toContain('runner clock may be behind');
    expect(d?.evidence).toMatchObject({ runnerTime: NOW.toISOString(), notBefore: at(600) });
    expect(check.remediation).toContain('date -u');
    expect(check.remediation).toContain('chronyc tracking');
  });

  it('allows the API server a minute of leeway on iat', () => {
    const within = tokenTarget(tokenFacts({ issuedAt: at(30), expiresAt: at(3600) }));
    const beyond = tokenTarget(tokenFacts({ issuedAt: at(120), expiresAt: at(3600) }));
    expect(run(check, facts({ targets: [within] }))).toEqual([]);
    expect(run(check, facts({ targets: [beyond] }))).toHaveLength(1);
  });

  it('allows an EKS token up to 5 minutes of STS clock skew', () => {
    expect(run(check, facts({ targets: [tokenTarget(eksFacts(at(240)))] }))).toEqual([]);
    const [d] = run(check, facts({ targets: [tokenTarget(eksFacts(at(360)))] }));
    expect(d?.message).toContain('Signature not yet current');
    expect(d?.evidence).toMatchObject({ signedAt: at(360) });
  });

  it('catches a real EKS token signed 10 minutes in the future', () => {
    const raw = makeEksToken({ date: new Date(NOW.getTime() + 600_000), region: 'eu-north-1' });
    const drafts = run(
      check,
      facts({ targets: [tokenTarget(describeToken(raw, new SecretSet()), 'exec')] }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.evidence).toMatchObject({ region: 'eu-north-1', format: 'eks' });
  });

  it.each([
    ['a current JWT', tokenFacts({ notBefore: at(-60), issuedAt: at(-60), expiresAt: at(3600) })],
    ['an expired JWT', tokenFacts({ expiresAt: at(-60) })],
    ['a fresh EKS token', eksFacts(at(-30))],
    ['an opaque token', tokenFacts({ format: 'opaque' })],
  ])('is silent for %s', (_, token) => {
    expect(run(check, facts({ targets: [tokenTarget(token)] }))).toEqual([]);
  });
});
