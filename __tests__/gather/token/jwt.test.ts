import { describe, expect, it } from '@jest/globals';
import { verify } from 'node:crypto';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { decodeJwt, looksLikeJwt } from '../../../src/gather/token/jwt.js';
import { jwtKeys, makeJwt, seconds } from '../../helpers/tokens.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const SA = 'system:serviceaccount:deploy:ci';
const b64 = (v: unknown) =>
  Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

describe('describeToken: JWTs signed here', () => {
  it.each(['RS256', 'ES256'] as const)('decodes the claims of an %s token', (alg) => {
    const claims = {
      iss: 'https://kubernetes.default.svc.cluster.local',
      sub: SA,
      aud: ['https://kubernetes.default.svc.cluster.local', 'k3s'],
      iat: seconds(NOW) - 60,
      nbf: seconds(NOW) - 60,
      exp: seconds(NOW) + 3600,
      'kubernetes.io': { namespace: 'deploy', serviceaccount: { name: 'ci' } },
    };
    const token = makeJwt(claims, { alg, header: { kid: 'k1' } });
    const [h, p, s] = token.split('.');
    const sigOpts =
      alg === 'ES256'
        ? { key: jwtKeys(alg).publicKey, dsaEncoding: 'ieee-p1363' as const }
        : jwtKeys(alg).publicKey;
    expect(
      verify('sha256', Buffer.from(`${h}.${p}`), sigOpts, Buffer.from(s ?? '', 'base64url')),
    ).toBe(true);

    const masked: string[] = [];
    const facts = describeToken(token, new SecretSet((x) => masked.push(x)));
    expect(facts).toEqual({
      format: 'jwt',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      length: token.length,
      issuer: claims.iss,
      subject: SA,
      audience: claims.aud,
      issuedAt: '2026-11-24T11:59:00.000Z',
      notBefore: '2026-11-24T11:59:00.000Z',
      expiresAt: '2026-11-24T13:00:00.000Z',
      serviceAccount: { namespace: 'deploy', name: 'ci', bound: true },
    });
    expect(masked).toEqual([token]);
    expect(JSON.stringify(facts)).not.toContain(s);
  });

  it('names the service account of a legacy Secret-based token', () => {
    const legacy = makeJwt({
      iss: 'kubernetes/serviceaccount',
      sub: SA,
      'kubernetes.io/serviceaccount/namespace': 'deploy',
      'kubernetes.io/serviceaccount/secret.name': 'ci-token-x7k2p',
      'kubernetes.io/serviceaccount/service-account.name': 'ci',
      'kubernetes.io/serviceaccount/service-account.uid': '1b0f-22',
    });
    expect(describeToken(legacy, new SecretSet()).serviceAccount).toEqual({
      namespace: 'deploy',
      name: 'ci',
      uid: '1b0f-22',
      secretName: 'ci-token-x7k2p',
      bound: false,
    });
  });

  it('reads a string audience, fractional dates, and a legacy token without exp', () => {
    const legacy = makeJwt({
      iss: 'kubernetes/serviceaccount',
      sub: SA,
      aud: 'api',
      iat: 1700000000.5,
    });
    const facts = describeToken(legacy, new SecretSet());
    expect(facts).toMatchObject({
      format: 'jwt',
      audience: ['api'],
      issuedAt: '2023-11-14T22:13:20.500Z',
    });
    expect(facts.expiresAt).toBeUndefined();
    expect(facts.malformed).toBeUndefined();
  });

  it('recognises a JWT whose header JSON starts with whitespace', () => {
    const token = `${b64(' {"alg":"RS256"}')}.${b64({ sub: 'x' })}.c2ln`;
    expect(token.startsWith('eyJ')).toBe(false);
    expect(looksLikeJwt(token)).toBe(true);
    expect(describeToken(token, new SecretSet()).format).toBe('jwt');
  });
});

const good = makeJwt({ sub: 'x' });
const [H, P, S] = good.split('.') as [string, string, string];
const withClaims = (claims: unknown) => `${H}.${b64(claims)}.${S}`;

describe('decodeJwt: every defect named', () => {
  it.each([
    ['two segments', `${H}.${P}`, /has 2 dot-separated segments; a signed JWT has 3/],
    ['five segments (JWE)', `${H}.${P}.${S}.x.y`, /encrypted JWT \(JWE\)/],
    [
      'standard base64 in the payload',
      `${H}.${P.slice(0, 4)}+/${P.slice(4)}.${S}`,
      /payload segment is not base64url: illegal base64 data at input byte 4: '\+' \(standard base64/,
    ],
    [
      'a truncated payload',
      `${H}.${P}${'A'.repeat((5 - (P.length % 4)) % 4)}.${S}`,
      /payload segment is not base64url: illegal base64 data at input byte \d+ \(truncated/,
    ],
    ['a header that is not JSON', `${b64('{alg:RS256}')}.${P}.${S}`, /header segment is not JSON/],
    ['a header without alg', `${b64({ typ: 'JWT' })}.${P}.${S}`, /header has no "alg"/],
    ['a payload that is not JSON', `${H}.${b64('not json')}.${S}`, /payload segment is not JSON/],
    ['a payload that is an array', withClaims([1, 2]), /payload is an array, not a JSON object/],
    ['an empty payload', `${H}..${S}`, /payload segment is empty/],
    [
      'exp as a string',
      withClaims({ exp: '2026-11-24' }),
      /claim "exp" must be seconds since 1970 \(a NumericDate\), not the string "2026-11-24"/,
    ],
    [
      'exp in milliseconds',
      withClaims({ exp: NOW.getTime() }),
      /claim "exp" is \d+, not a plausible time in seconds \(it looks like milliseconds\)/,
    ],
    ['a negative iat', withClaims({ iat: -5 }), /claim "iat" is -5/],
    [
      'exp before iat',
      withClaims({ iat: 2000000000, exp: 1900000000 }),
      /claim "exp" \(.*\) is not after "iat"/,
    ],
    [
      'nbf after exp',
      withClaims({ nbf: 2000000000, exp: 1900000000 }),
      /claim "nbf" \(.*\) is not before "exp"/,
    ],
    [
      'a numeric audience',
      withClaims({ aud: 7 }),
      /claim "aud" must be a string or an array of strings, not number 7/,
    ],
    [
      'an object issuer',
      withClaims({ iss: { a: 1 } }),
      /claim "iss" must be a string, not an object/,
    ],
    ['alg none', makeJwt({ sub: 'x' }, { alg: 'none' }), /unsigned \(alg "none"/],
    ['a bad signature segment', `${H}.${P}.ab*c`, /signature segment is not base64url/],
  ])('%s', (_, token, expected) => {
    const result = decodeJwt(token);
    expect(result.problems.join('; ')).toMatch(expected);
    expect(describeToken(token, new SecretSet()).malformed).toMatch(expected);
  });

  it('keeps the good claims when another claim is bad', () => {
    const result = decodeJwt(withClaims({ sub: 'ci', exp: 1900000000, iat: 'yesterday' }));
    expect(result.fields).toEqual({ subject: 'ci', expiresAt: '2030-03-17T17:46:40.000Z' });
    expect(result.problems).toHaveLength(1);
  });

  it('finds nothing wrong with a clean token', () => {
    expect(decodeJwt(good).problems).toEqual([]);
  });
});
