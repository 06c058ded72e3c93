import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/no-expiry.js';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { at, facts, run } from '../../helpers/facts.js';
import { eksFacts, tokenFacts, tokenTarget } from '../../helpers/token-facts.js';
import { makeJwt } from '../../helpers/tokens.js';

const SA = 'system:serviceaccount:deploy:ci';

describe('token/no-expiry', () => {
  it('flags a legacy service-account token Secret and says how to replace it', () => {
    const raw = makeJwt({ iss: 'kubernetes/serviceaccount', sub: SA });
    const [d, ...rest] = run(
      check,
      facts({ targets: [tokenTarget(describeToken(raw, new SecretSet()))] }),
    );
    expect(rest).toEqual([]);
    expect(d?.message).toContain('legacy service-account token Secret, which never expires');
    expect(d?.message).toContain(`(subject ${SA})`);
    expect(d?.remediation).toContain('kubectl create token ci -n deploy --duration=2h');
    expect(d?.evidence).toMatchObject({
      kind: 'legacy-service-account',
      issuer: 'kubernetes/serviceaccount',
    });
    expect(check.severity).toBe('notice');
  });

  it('flags any other JWT without exp', () => {
    const t = tokenTarget(tokenFacts({ issuer: 'https://idp.example.com', subject: 'ci-bot' }));
    const [d] = run(check, facts({ targets: [t] }));
    expect(d?.message).toContain('a JWT without an "exp" claim');
    expect(d?.evidence).toMatchObject({ kind: 'oidc' });
  });

  it.each([
    ['a JWT with exp', tokenTarget(tokenFacts({ expiresAt: at(3600) }))],
    ['an opaque token', tokenTarget(tokenFacts({ format: 'opaque' }))],
    ['an EKS token', tokenTarget(eksFacts(at(-60)))],
    ['a malformed JWT', tokenTarget(tokenFacts({ malformed: 'the payload segment is empty' }))],
  ])('is silent for %s', (_, t) => {
    expect(run(check, facts({ targets: [t] }))).toEqual([]);
  });

  it('is silent for an exec token whose ExecCredential sets an expiry', () => {
    const t = tokenTarget(tokenFacts(), 'exec');
    if (t.exec?.credential) t.exec.credential.expirationTimestamp = at(3600);
    expect(run(check, facts({ targets: [t] }))).toEqual([]);
    expect(run(check, facts({ targets: [tokenTarget(tokenFacts(), 'exec')] }))).toHaveLength(1);
  });
});
