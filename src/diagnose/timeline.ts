/**
 * The credentials a target sent and the times that matter for a 401: expiry and validity at the
 * server's clock (runner clock + measured skew), issuance, and when the kubeconfig was written.
 */
import { formatDuration } from '../model/duration.js';
import type { Facts, TargetFacts } from '../model/facts.js';
import { clientCertBundles } from '../model/credentials.js';
import type { TokenFacts } from '../model/materials.js';
import type { Window } from './model.js';

export interface SentCredential {
  /** `client certificate "CN=ci"`, `token from tokenFile`, `exec plugin aws's token`. */
  label: string;
  kind: 'certificate' | 'token' | 'exec-credential';
  notBefore?: string;
  notAfter?: string;
  issuedAt?: string;
  token?: TokenFacts;
}

export function sentCredentials(t: TargetFacts): SentCredential[] {
  const live = t.live;
  if (!live) return [];
  const out: SentCredential[] = [];
  if (live.sent.includes('client-certificate')) {
    const [bundle] = clientCertBundles(t);
    const leaf = bundle?.certs[0];
    if (leaf)
      out.push({
        label: `client certificate "${leaf.subject}"`,
        kind: 'certificate',
        notBefore: leaf.notBefore,
        notAfter: leaf.notAfter,
        issuedAt: leaf.notBefore,
      });
  }
  const source = live.bearerSource;
  const token = source === 'tokenFile' ? t.tokenFile : source === 'token' ? t.token : undefined;
  if (token?.ok) out.push(tokenCredential(`token from ${source}`, token.value));
  const idToken = t.oidc?.idToken;
  if (source === 'auth-provider' && idToken)
    out.push(tokenCredential('OIDC id-token from the auth-provider', idToken));
  if (source === 'exec' && t.exec?.credential) {
    const c = t.exec.credential;
    const label = `token from exec plugin \`${t.exec.command}\``;
    if (c.token) out.push(tokenCredential(label, c.token, c.expirationTimestamp));
    else if (c.expirationTimestamp)
      out.push({ label, kind: 'exec-credential', notAfter: c.expirationTimestamp });
  }
  return out;
}

function tokenCredential(label: string, token: TokenFacts, execExpiry?: string): SentCredential {
  const notAfter = [token.expiresAt, execExpiry]
    .filter((v): v is string => Boolean(v))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return {
    label: `${label} [${token.format}]`,
    kind: 'token',
    ...(token.notBefore ? { notBefore: token.notBefore } : {}),
    ...(notAfter ? { notAfter } : {}),
    ...(token.issuedAt ? { issuedAt: token.issuedAt } : {}),
    token,
  };
}

/** Seconds the server's clock is ahead of the runner's (0 when unknown). */
export function skewOf(t: TargetFacts): number {
  return t.live?.clock?.skewSeconds ?? 0;
}

const PRIMARY: Record<'expired' | 'changed' | 'issued', [Window, number]> = {
  expired: ['5m', 300],
  changed: ['30m', 1800],
  issued: ['1h', 3600],
};

/** The window an event `ageSeconds` old falls in for its kind, widening to 24 h when asked. */
export function windowOf(
  kind: keyof typeof PRIMARY,
  ageSeconds: number,
  widen: boolean,
): Window | undefined {
  if (ageSeconds < 0) return undefined;
  const [window, limit] = PRIMARY[kind];
  if (ageSeconds <= limit) return window;
  return widen && ageSeconds <= 86400 ? '24h' : undefined;
}

export function ago(seconds: number): string {
  return `${formatDuration(Math.abs(seconds))} ${seconds >= 0 ? 'ago' : 'from now'}`;
}

/** The kubeconfig file that defines the user, and how long ago it was written. */
export function kubeconfigAge(
  t: TargetFacts,
  facts: Facts,
): { file: string; ageSeconds: number } | undefined {
  const file = t.user?.origin.file;
  const f = facts.kubeconfig.files.find((x) => x.path === file);
  if (!f?.modifiedAt) return undefined;
  return { file: f.path, ageSeconds: (facts.now.getTime() - Date.parse(f.modifiedAt)) / 1000 };
}
