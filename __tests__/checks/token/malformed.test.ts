import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/malformed.js';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { at, facts, NOW, run } from '../../helpers/facts.js';
import { eksFacts, tokenFacts, tokenTarget } from '../../helpers/token-facts.js';
import { makeEksToken, makeJwt } from '../../helpers/tokens.js';

const real = (raw: string) => tokenTarget(describeToken(raw, new SecretSet()));

describe('token/malformed', () => {
  it('names the defect of a JWT and where it is', () => {
    const token = tokenFacts({
      malformed: 'claim "exp" is 1795000000000, not a plausible time in seconds',
    });
    const [d, ...rest] = run(check, facts({ targets: [tokenTarget(token, 'tokenFile')] }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "ci": the JWT in tokenFile file /run/secrets/kube-token (set at /home/ci/.kube/config:12) ' +
        'of user "ci" is malformed: claim "exp" is 1795000000000, not a plausible time in seconds.',
    );
    expect(d?.evidence).toMatchObject({
      problems: [token.malformed],
      fingerprint: token.fingerprint,
    });
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 12 });
  });

  it('lists every reason the EKS authenticator would reject a real token', () => {
    const raw = makeEksToken({
      date: NOW,
      omitSignedHeader: true,
      expires: 3600,
      extraParams: [['Foo', 'x']],
    });
    const [d] = run(check, facts({ targets: [real(raw)] }));
    expect(d?.message).toContain('aws-iam-authenticator or STS rejects it');
    expect(d?.message).toContain('client did not sign the x-k8s-aws-id header');
    expect(d?.message).toContain('invalid X-Amz-Expires parameter in pre-signed URL: "3600"');
    expect(d?.message).toContain('non-whitelisted query parameter "Foo"');
    expect(d?.evidence?.problems).toHaveLength(3);
    expect(d?.remediation).toContain('aws eks update-kubeconfig');
    expect(JSON.stringify(d)).not.toContain(raw.slice(11, 50));
  });

  it('gives the whitespace fix for a token with a line break', () => {
    const [d] = run(check, facts({ targets: [real(`${makeJwt({ sub: 'x', exp: 2e9 })}\n`)] }));
    expect(d?.message).toContain('line break');
    expect(d?.remediation).toContain('printf %s "$TOKEN"');
  });

  it('covers exec-plugin tokens too', () => {
    const t = tokenTarget(
      eksFacts(at(0), { malformed: 'nothing follows the "k8s-aws-v1." prefix' }),
      'exec',
    );
    expect(run(check, facts({ targets: [t] }))[0]?.message).toContain(
      "the exec plugin's credential",
    );
  });

  it.each([
    ['a clean JWT', real(makeJwt({ sub: 'x', exp: 2e9 }))],
    ['a clean EKS token', real(makeEksToken({ date: NOW }))],
    ['an opaque token', real('abcdef.0123456789abcdef')],
  ])('is silent for %s', (_, t) => {
    expect(run(check, facts({ targets: [t] }))).toEqual([]);
  });
});
