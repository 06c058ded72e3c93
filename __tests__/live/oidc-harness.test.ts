/**
 * The harness's OpenID Connect issuer against a real kube-apiserver (--oidc-* flags): which ID
 * tokens it accepts, what it logs for the ones it rejects, and what it needs from the issuer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:https';
import {
  decodeJwt,
  startCluster,
  type Cluster,
  type IdTokenOptions,
  type OidcIssuer,
} from '../helpers/cluster.js';

let c: Cluster; // oidc: true (issuer up at start, default mappings)
let late: Cluster; // issuer down at start, custom client ID and claims
let oidc: OidcIssuer;

beforeAll(async () => {
  [c, late] = await Promise.all([
    startCluster({ oidc: true }),
    startCluster({
      oidc: {
        available: false,
        clientId: 'ci-audience',
        usernameClaim: 'sub',
        usernamePrefix: 'ci:',
        groupsClaim: 'roles',
      },
    }),
  ]);
  oidc = c.oidc as OidcIssuer;
}, 120_000);
afterAll(async () => Promise.all([c?.stop(), late?.stop()]), 30_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ago = (s: number) => new Date(Date.now() - s * 1000);
const paths = (o: OidcIssuer, since = 0) =>
  o.requests.filter((r) => r.at >= since).map((r) => r.path);
/** The apiserver's last "Unable to authenticate the request" line. */
const lastRejection = (k: Cluster) =>
  k
    .apiserverLog()
    .split('\n')
    .filter((l) => l.includes('"Unable to authenticate the request"'))
    .at(-1) ?? '';

function getJson(url: string, ca: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (s: string) => (text += s));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('OIDC issuer and the kube-apiserver', () => {
  it('the apiserver fetched discovery at startup but needs the JWKS at the first token', async () => {
    expect(oidc.issuer).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(oidc.clientId).toBe('kube-preflight');
    expect(paths(oidc)).toEqual(['/.well-known/openid-configuration']);
    // Down before any token: the keys were never fetched, so even a valid token fails.
    await oidc.setAvailable(false);
    try {
      expect((await c.review({ token: oidc.idToken() })).status).toBe(401);
      expect(lastRejection(c)).toContain(
        `oidc: verify token: failed to verify signature: fetching keys oidc: get keys failed Get \\"${oidc.issuer}/jwks\\": dial tcp 127.0.0.1:`,
      );
      expect(lastRejection(c)).toContain('connect: connection refused');
    } finally {
      await oidc.setAvailable(true);
    }
    expect((await c.review({ token: oidc.idToken() })).status).toBe(201);
    expect(paths(oidc)).toEqual(['/.well-known/openid-configuration', '/jwks']);
  });

  it('serves discovery and an RS256 JWKS whose kid signs the ID tokens', async () => {
    const disc = await getJson(`${oidc.issuer}/.well-known/openid-configuration`, oidc.caPem);
    expect(disc).toEqual({
      status: 200,
      body: expect.objectContaining({
        issuer: oidc.issuer,
        jwks_uri: `${oidc.issuer}/jwks`,
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
      }),
    });
    const jwks = (await getJson(`${oidc.issuer}/jwks`, oidc.caPem)).body as { keys: unknown[] };
    const { header, claims } = decodeJwt(oidc.idToken({ groups: ['devs'] }));
    expect(header).toEqual({ alg: 'RS256', kid: expect.any(String), typ: 'JWT' });
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: 'RSA', kid: header.kid, use: 'sig', alg: 'RS256', e: 'AQAB' }),
    ]);
    expect(Object.keys(claims)).toEqual([
      'iss',
      'sub',
      'aud',
      'exp',
      'iat',
      'jti',
      'email',
      'email_verified',
      'groups',
    ]);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
  });

  it('accepts a valid ID token: username = prefix + email, groups mapped, jti as credential-id', async () => {
    const token = oidc.idToken({ email: 'alice@example.com', groups: ['devs', 'ops'] });
    const user = {
      username: 'oidc:alice@example.com',
      groups: ['devs', 'ops', 'system:authenticated'],
      extra: {
        'authentication.kubernetes.io/credential-id': [`JTI=${decodeJwt(token).claims.jti}`],
      },
    };
    expect(await c.review({ token })).toEqual({ status: 201, user });
    expect((await c.whoami({ token })).user).toEqual(user); // kubectl too
    const single = oidc.idToken({ claims: { groups: 'admins', jti: undefined } });
    const one = await c.review({ token: single });
    expect(one.user).toEqual({
      username: 'oidc:ci-runner@example.com',
      groups: ['admins', 'system:authenticated'],
    });
  });

  // [case, token options, status, reason logged ('' when accepted)]
  const hourAgo = () => ({ issuedAt: ago(3600) });
  const cases: [string, () => IdTokenOptions, number, string][] = [
    ['expired 1 s ago (no leeway)', () => ({ ...hourAgo(), expiresAt: ago(1) }), 401, 'expired'],
    ['expired 1 h ago', () => ({ issuedAt: ago(7200) }), 401, 'oidc: token is expired (Token'],
    ['without exp', () => ({ claims: { exp: undefined } }), 401, 'Expiry: 0001-01-01 00:00:00'],
    ['for another audience', () => ({ aud: 'other' }), 401, 'expected audience \\"kube-'],
    ['with the client among audiences', () => ({ aud: ['other', 'kube-preflight'] }), 201, ''],
    ['from another issuer', () => ({ iss: 'https://issuer.example' }), 401, 'NOT-OIDC'],
    ['signed with another key', () => ({ signWith: 'other' }), 401, 'verify id token signature'],
    ['with nbf 50 s ahead (leeway)', () => ({ notBefore: ago(-50) }), 201, ''],
    ['with nbf 70 s ahead', () => ({ notBefore: ago(-70) }), 401, 'before the nbf (not before)'],
    ['with iat 10 min ahead', () => ({ issuedAt: ago(-600) }), 201, ''],
    ['with email_verified false', () => ({ claims: { email_verified: false } }), 401, 'verified'],
    ['without email', () => ({ claims: { email: undefined } }), 401, '\\"email\\": claim not'],
  ];
  it.each(cases.map(([name, o, status, reason]) => ({ name, o, status, reason })))(
    'a token $name gets $status',
    async ({ o, status, reason }) => {
      c.webhook.clearReviews();
      const token = oidc.idToken(o());
      expect((await c.review({ token })).status).toBe(status);
      // A rejected ID token falls through to the webhook, like any unsettled bearer token.
      expect(c.webhook.reviews.map((r) => r.token)).toEqual(status === 401 ? [token] : []);
      if (!reason) return;
      const line = lastRejection(c);
      if (reason !== 'NOT-OIDC') expect(line).toContain(`err="[invalid bearer token, oidc: `);
      if (reason !== 'NOT-OIDC') expect(line).toContain(reason);
      // The OIDC authenticator skips a token whose iss is not its issuer: no OIDC error at all.
      else expect(line).toMatch(/err="invalid bearer token"$/);
    },
  );

  it('keeps accepting tokens once the issuer is down; only unknown keys need it', async () => {
    await oidc.setAvailable(false);
    try {
      const since = Date.now();
      expect((await c.review({ token: oidc.idToken() })).status).toBe(201); // a fresh jti
      expect((await c.review({ token: oidc.idToken({ signWith: 'other' }) })).status).toBe(401);
      expect(lastRejection(c)).toContain(
        `failed to verify signature: fetching keys oidc: get keys failed Get \\"${oidc.issuer}/jwks\\"`,
      );
      expect(lastRejection(c)).toContain('connect: connection refused');
      expect(paths(oidc, since)).toEqual([]); // refused: nothing reached the issuer
    } finally {
      await oidc.setAvailable(true);
    }
    const since = Date.now();
    expect((await c.review({ token: oidc.idToken({ signWith: 'other' }) })).status).toBe(401);
    expect(paths(oidc, since)).toEqual(['/jwks']); // an unknown kid makes it fetch the keys again
  });
});

describe('an issuer that is down when the apiserver starts', () => {
  it('does not delay readiness; tokens fail until the 10 s discovery retry finds it', async () => {
    const o = late.oidc as OidcIssuer;
    expect(late.startMs).toBeLessThan(30_000);
    expect(paths(o)).toEqual([]);
    // The apiserver logs its first failed discovery on its own time, possibly after readiness.
    const failed = `oidc authenticator: initializing plugin: Get "${o.issuer}/.well-known/openid-configuration": dial tcp 127.0.0.1:`;
    const since = Date.now();
    while (!late.apiserverLog().includes(failed) && Date.now() - since < 5000) await sleep(100);
    expect(late.apiserverLog()).toContain(failed);
    const token = (sub = 'runner-7') => o.idToken({ sub, groups: ['x'] });
    expect((await late.review({ token: token() })).status).toBe(401);
    expect(lastRejection(late)).toContain('err="[invalid bearer token, oidc: authenticator not ');
    await o.setAvailable(true);
    const up = Date.now();
    let r = await late.review({ token: token() });
    while (r.status === 401 && Date.now() - up < 15_000) {
      await sleep(250);
      r = await late.review({ token: token() });
    }
    const waited = Date.now() - up;
    expect(r.status).toBe(201);
    expect(waited).toBeLessThan(11_000);
    expect(paths(o)).toEqual(['/.well-known/openid-configuration', '/jwks']);
    // sub with the chosen prefix; groups from the `roles` claim (groups: ['x'] went there).
    expect(r.user).toMatchObject({
      username: 'ci:runner-7',
      groups: ['x', 'system:authenticated'],
    });
  }, 30_000);
});
