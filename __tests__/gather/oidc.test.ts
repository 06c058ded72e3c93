/** The OIDC issuer found in a context, and its discovery document fetched over real TLS on loopback. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { outgoing } from '../../src/gather/cluster/outgoing.js';
import { probeIssuer } from '../../src/gather/cluster/oidc-probe.js';
import { oidcSetup } from '../../src/gather/oidc.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { entry, NOW, target } from '../helpers/facts.js';
import { tlsServer, type Running, type SeenRequest } from '../helpers/net-faults.js';
import { b64, makeCA, makeCert } from '../helpers/pki.js';
import { makeJwt, seconds } from '../helpers/tokens.js';

const ca = makeCA({ cn: 'idp-ca' });
const leaf = makeCert({ cn: 'idp', issuer: ca, usage: 'server', sans: ['127.0.0.1'] });
let idp: Running & { seen: SeenRequest[] };
let announced = '';

beforeAll(async () => {
  idp = await tlsServer({
    cert: leaf.certPem,
    key: leaf.keyPem,
    handler: (req, res) => {
      if (req.url !== '/realms/ci/.well-known/openid-configuration')
        return res.writeHead(404).end();
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          issuer: announced,
          token_endpoint: `${idp.url}/realms/ci/token`,
          jwks_uri: `${idp.url}/jwks`,
        }),
      );
    },
  });
  announced = `${idp.url}/realms/ci`;
});
afterAll(() => idp.close());

const probeEnv = () => ({
  env: {},
  deadline: Date.now() + 5000,
  signal: new AbortController().signal,
  now: () => new Date(),
  userAgent: 'kube-preflight/test',
});

describe('probeIssuer', () => {
  it('fetches the discovery document under the issuer path, trusting the given CA', async () => {
    const facts = await probeIssuer(`${idp.url}/realms/ci`, ca.certPem, probeEnv());
    expect(facts).toEqual({
      discoveryUrl: `${idp.url}/realms/ci/.well-known/openid-configuration`,
      reachable: true,
      status: 200,
      tokenEndpoint: idp.url.replace('https://', ''),
    });
    expect(idp.seen.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('notices an issuer that announces another URL (a trailing slash)', async () => {
    const facts = await probeIssuer(`${idp.url}/realms/ci/`, ca.certPem, probeEnv());
    expect(facts.documentIssuer).toBe(`${idp.url}/realms/ci`);
  });

  it('reports TLS without the CA, a refused port, and a 404', async () => {
    expect(
      (await probeIssuer(`${idp.url}/realms/ci`, undefined, probeEnv())).failure,
    ).toMatchObject({ kind: 'tls', problem: 'untrusted' });
    expect((await probeIssuer('https://127.0.0.1:1', undefined, probeEnv())).failure).toMatchObject(
      { kind: 'unreachable', reason: 'refused' },
    );
    expect(await probeIssuer(`${idp.url}/other`, ca.certPem, probeEnv())).toMatchObject({
      reachable: false,
      status: 404,
    });
  });
});

describe('oidcSetup', () => {
  const idToken = (exp: number) =>
    makeJwt({
      iss: 'https://127.0.0.1/realms/ci',
      sub: 'u1',
      aud: 'kubernetes',
      iat: seconds(NOW) - 600,
      exp: seconds(NOW) + exp,
    });

  it('reads the auth-provider: issuer, client ID, id-token (masked), refresh-token, CA data', async () => {
    const token = idToken(300);
    const masked: string[] = [];
    const t = target({
      user: entry('ci', {
        'auth-provider': {
          name: 'oidc',
          config: {
            'idp-issuer-url': 'https://127.0.0.1/realms/ci',
            'client-id': 'kubernetes',
            'id-token': token,
            'refresh-token': 'r-0123456789',
            'idp-certificate-authority-data': b64(ca.certPem),
          },
        },
      }),
    });
    const setup = await oidcSetup(t, '/tmp', new SecretSet((s) => masked.push(s)));
    expect(setup?.config).toMatchObject({
      issuer: 'https://127.0.0.1/realms/ci',
      from: 'auth-provider',
      clientId: 'kubernetes',
      refreshToken: true,
      idToken: { format: 'jwt', audience: ['kubernetes'] },
    });
    expect(setup?.caPem).toBe(ca.certPem);
    expect(masked).toContain(token);
  });

  it('reads kubelogin-style exec args, and a bare JWT issuer but never a service-account one', async () => {
    const exec = target({
      exec: {
        command: 'kubectl',
        args: [
          'oidc-login',
          'get-token',
          '--oidc-issuer-url=https://idp.example',
          '--oidc-client-id',
          'kube',
        ],
        outcome: 'ok',
        envNames: [],
        origin: { file: '/k' },
      },
    });
    expect((await oidcSetup(exec, '/tmp', new SecretSet()))?.config).toEqual({
      issuer: 'https://idp.example',
      from: 'exec-args',
      clientId: 'kube',
      refreshToken: false,
    });
    const jwt = (claims: Record<string, unknown>) =>
      target({
        token: {
          ok: true,
          value: { format: 'jwt', fingerprint: 'f', length: 9, ...claims },
          source: { field: 'token', kind: 'data', origin: { file: '/k' } },
        },
      });
    expect(
      (
        await oidcSetup(
          jwt({ issuer: 'https://token.actions.githubusercontent.com' }),
          '/tmp',
          new SecretSet(),
        )
      )?.config.from,
    ).toBe('token');
    expect(
      await oidcSetup(
        jwt({
          issuer: 'https://kubernetes.default.svc',
          serviceAccount: { namespace: 'a', name: 'b', bound: true },
        }),
        '/tmp',
        new SecretSet(),
      ),
    ).toBeUndefined();
  });

  it('never sends an expired id-token that kubectl would refresh (refreshing rotates tokens)', () => {
    const oidc = {
      issuer: 'https://idp.example',
      from: 'auth-provider' as const,
      refreshToken: true,
      idToken: {
        format: 'jwt' as const,
        fingerprint: 'f',
        length: 9,
        expiresAt: new Date(NOW.getTime() - 1000).toISOString(),
      },
    };
    const user = entry('ci', {
      'auth-provider': { name: 'oidc', config: { 'id-token': 'x.y.z' } },
    });
    expect(outgoing(target({ user, oidc }), {}, NOW).unusable).toMatch(
      /^the OIDC id-token expired at .*; kubectl would first refresh it/,
    );
    const noRefresh = outgoing(target({ user, oidc: { ...oidc, refreshToken: false } }), {}, NOW);
    expect(noRefresh).toMatchObject({ sent: ['bearer-token'], bearerSource: 'auth-provider' });
  });
});
