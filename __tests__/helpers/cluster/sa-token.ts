/**
 * Service-account tokens shaped as kube-apiserver's TokenRequest issues them (pkg/serviceaccount
 * claims.go + jwt.go): an RS256 JWS with header {alg, kid} where kid is base64url(SHA-256(SPKI
 * DER)) of the signing key, and claims aud, exp, iat, iss, jti, kubernetes.io, nbf, sub (go-jose
 * serializes the merged claims as a map, so the keys come out sorted).
 */
import { createHash, randomUUID, sign, type KeyObject } from 'node:crypto';

export interface ServiceAccountTokenOptions {
  namespace: string;
  name: string;
  /** The service account's UID; defaults to the one the harness recorded when it created it. */
  uid?: string;
  /** Defaults to now. */
  issuedAt?: Date;
  /** Defaults to issuedAt (as TokenRequest sets it). */
  notBefore?: Date;
  /** Defaults to issuedAt + 1 h (TokenRequest's default expirationSeconds). */
  expiresAt?: Date;
  /** Defaults to the apiserver's audiences (its issuer). */
  audience?: string | string[];
  /** Defaults to the cluster's --service-account-issuer. */
  issuer?: string;
  /** 'cluster' (the --service-account-signing-key) or 'other' (a key the cluster never saw). */
  signWith?: 'cluster' | 'other';
  /** Defaults to a random UUID (the ServiceAccountTokenJTI feature, GA and locked on). */
  jti?: string;
  /** Extra or replacement claims, merged last (a value of undefined removes the claim). */
  claims?: Record<string, unknown>;
}

/** kube-apiserver's keyIDFromPublicKey: unpadded base64url of SHA-256 over the PKIX DER. */
export function keyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url');
}

const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

export function signServiceAccountToken(
  o: ServiceAccountTokenOptions,
  key: { privateKey: KeyObject; publicKey: KeyObject },
  defaults: { issuer: string; audiences: string[]; uid: string },
): string {
  const issuedAt = o.issuedAt ?? new Date();
  const audience = o.audience ?? defaults.audiences;
  const claims: Record<string, unknown> = {
    aud: Array.isArray(audience) ? audience : [audience],
    exp: seconds(o.expiresAt ?? new Date(issuedAt.getTime() + 3600_000)),
    iat: seconds(issuedAt),
    iss: o.issuer ?? defaults.issuer,
    jti: o.jti ?? randomUUID(),
    'kubernetes.io': {
      namespace: o.namespace,
      serviceaccount: { name: o.name, uid: o.uid ?? defaults.uid },
    },
    nbf: seconds(o.notBefore ?? issuedAt),
    sub: `system:serviceaccount:${o.namespace}:${o.name}`,
    ...o.claims,
  };
  const header = { alg: 'RS256', kid: keyId(key.publicKey) };
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${enc(header)}.${enc(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key.privateKey).toString('base64url')}`;
}

/** The decoded header and claims of a compact JWS (no verification). */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  const [h = '', c = ''] = token.split('.');
  const dec = (s: string) =>
    JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: dec(h), claims: dec(c) };
}
