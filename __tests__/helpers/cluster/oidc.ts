/**
 * An OpenID Connect issuer served by the test process on 127.0.0.1 over HTTPS (own CA from the test
 * PKI): discovery at /.well-known/openid-configuration and an RS256 JWKS at /jwks, plus the
 * kube-apiserver --oidc-* flags that trust it. Tests mint ID tokens with `idToken()`. While "down"
 * (`setAvailable(false)`) the port is closed: new connections are refused and open ones (Go keeps
 * them alive) are dropped, as for a stopped issuer.
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeCA, makeCert } from '../pki.js';
import { keyId } from './sa-token.js';
import { background } from './processes.js';

export interface OidcOptions {
  /** --oidc-client-id, the audience ID tokens must carry. Default `kube-preflight`. */
  clientId?: string;
  /** --oidc-username-claim. Default `email`. */
  usernameClaim?: string;
  /** --oidc-username-prefix. Default `oidc:` (so usernames read `oidc:alice@example.com`). */
  usernamePrefix?: string;
  /** --oidc-groups-claim (groups are not prefixed). Default `groups`. */
  groupsClaim?: string;
  /** Whether the issuer is up when the apiserver starts. Default true. */
  available?: boolean;
}

export interface IdTokenOptions {
  /** Default `ci-runner`. */
  sub?: string;
  /** Default `${sub}@example.com` (with `email_verified: true`). */
  email?: string;
  /** The `groups` claim (named by groupsClaim); absent by default. */
  groups?: string[];
  /** Default the client ID. */
  aud?: string | string[];
  /** Default the issuer URL. */
  iss?: string;
  /** Default now. */
  issuedAt?: Date;
  /** Default issuedAt + 1 h. */
  expiresAt?: Date;
  /** `nbf`; absent by default (most issuers leave it out). */
  notBefore?: Date;
  /** 'issuer' (the key in the JWKS) or 'other' (a key the issuer never published). */
  signWith?: 'issuer' | 'other';
  /** Extra or replacement claims, merged last (a value of undefined removes the claim). */
  claims?: Record<string, unknown>;
}

export interface OidcIssuer {
  /** https://127.0.0.1:PORT (the `iss` of its tokens; discovery lives under it). */
  issuer: string;
  clientId: string;
  /** The CA of the issuer's serving certificate (the apiserver's --oidc-ca-file). */
  caPem: string;
  /** A signed RS256 ID token; a random `jti` makes each one unique (the 10 s success cache). */
  idToken(o?: IdTokenOptions): string;
  /**
   * Down: the port is closed at once (connection refused, open connections dropped); up: listening
   * on the same port again. Resolves once the change is complete (await it when bringing it up).
   */
  setAvailable(up: boolean): Promise<void>;
  /** Every request received (any path, any answer), oldest first; `at` is Date.now(). */
  requests: { path: string; at: number }[];
}

export interface OidcServer extends OidcIssuer {
  /** The kube-apiserver flags; `file(name, text)` writes a file and returns its path. */
  flags(file: (name: string, text: string) => string): string[];
  /** Resolves once discovery has been served (at once if it started down); rejects after `ms`. */
  ready(ms?: number): Promise<void>;
  close(): Promise<void>;
}

export const DISCOVERY_PATH = '/.well-known/openid-configuration';
export const JWKS_PATH = '/jwks';

type KeyPair = { privateKey: KeyObject; publicKey: KeyObject };
const rsa = (): KeyPair => generateKeyPairSync('rsa', { modulusLength: 2048 });
const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

function signJwt(claims: Record<string, unknown>, key: KeyPair): string {
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${enc({ alg: 'RS256', kid: keyId(key.publicKey), typ: 'JWT' })}.${enc(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key.privateKey).toString('base64url')}`;
}

export async function startOidcIssuer(o: OidcOptions = {}): Promise<OidcServer> {
  const clientId = o.clientId ?? 'kube-preflight';
  const usernameClaim = o.usernameClaim ?? 'email';
  const usernamePrefix = o.usernamePrefix ?? 'oidc:';
  const groupsClaim = o.groupsClaim ?? 'groups';
  const ca = makeCA({ cn: 'kube-preflight-oidc-ca', keyType: 'p256' });
  const serving = makeCert({ cn: 'oidc-issuer', issuer: ca, usage: 'server', sans: ['127.0.0.1'] });
  const key = rsa();
  let other: KeyPair | undefined;
  const requests: { path: string; at: number }[] = [];
  let onDiscovery: (() => void) | undefined;
  const discoveredOnce = new Promise<void>((resolve) => (onDiscovery = resolve));
  let issuer = '';

  const json = (res: ServerResponse, body: unknown) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    requests.push({ path, at: Date.now() });
    if (path === DISCOVERY_PATH) {
      res.once('finish', () => onDiscovery?.());
      return json(res, {
        issuer,
        jwks_uri: `${issuer}${JWKS_PATH}`,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid', 'email', 'groups'],
        claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'email', 'email_verified', 'groups'],
      });
    }
    if (path === JWKS_PATH) {
      const jwk = key.publicKey.export({ format: 'jwk' });
      return json(res, { keys: [{ ...jwk, kid: keyId(key.publicKey), use: 'sig', alg: 'RS256' }] });
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };

  // One https.Server per "up" period, so a quick down/up never races a closing server.
  let current: Server | undefined;
  const closing: Promise<void>[] = [];
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer({ cert: serving.certPem, key: serving.keyPem }, handle);
      server.once('error', reject);
      background(server).listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        server.on('error', (err) => process.emitWarning(`OIDC issuer: ${String(err)}`));
        resolve(server);
      });
      current = server;
    });
  const down = () => {
    const server = current;
    current = undefined;
    if (!server) return;
    closing.push(new Promise<void>((resolve) => server.close(() => resolve())));
    server.closeAllConnections();
  };

  const first = await listen(0);
  const port = (first.address() as { port: number }).port;
  issuer = `https://127.0.0.1:${port}`;
  if (o.available === false) down();

  return {
    issuer,
    clientId,
    caPem: ca.certPem,
    requests,
    idToken: (t = {}) => {
      const issuedAt = t.issuedAt ?? new Date();
      const sub = t.sub ?? 'ci-runner';
      const claims: Record<string, unknown> = {
        iss: t.iss ?? issuer,
        sub,
        aud: t.aud ?? clientId,
        exp: seconds(t.expiresAt ?? new Date(issuedAt.getTime() + 3600_000)),
        iat: seconds(issuedAt),
        ...(t.notBefore ? { nbf: seconds(t.notBefore) } : {}),
        jti: randomUUID(),
        email: t.email ?? `${sub}@example.com`,
        email_verified: true,
        ...(t.groups ? { [groupsClaim]: t.groups } : {}),
        ...t.claims,
      };
      return signJwt(claims, t.signWith === 'other' ? (other ??= rsa()) : key);
    },
    setAvailable: async (up) => {
      if (!up) down();
      else if (!current) await listen(port);
    },
    flags: (file) => [
      `--oidc-issuer-url=${issuer}`,
      `--oidc-client-id=${clientId}`,
      `--oidc-ca-file=${file('oidc-ca.crt', ca.certPem)}`,
      `--oidc-username-claim=${usernameClaim}`,
      `--oidc-username-prefix=${usernamePrefix}`,
      `--oidc-groups-claim=${groupsClaim}`,
    ],
    ready: (ms = 15_000) => {
      if (o.available === false) return Promise.resolve();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no OIDC discovery within ${ms} ms`)), ms);
      });
      return Promise.race([discoveredOnce, timeout]).finally(() => clearTimeout(timer));
    },
    close: async () => {
      down();
      await Promise.all(closing);
    },
  };
}
