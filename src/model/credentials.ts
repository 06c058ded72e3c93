/** Enumerates a target's credentials wherever they came from (file, inline data, exec plugin). */
import type { TargetFacts } from './facts.js';
import type { CertFacts, Source, TokenFacts } from './materials.js';

export interface CertBundle {
  role: 'client' | 'ca';
  source: Source;
  certs: CertFacts[];
}

export interface TokenCredential {
  source: Source;
  token: TokenFacts;
}

export function clientCertBundles(t: TargetFacts): CertBundle[] {
  const out: CertBundle[] = [];
  if (t.clientCert?.ok)
    out.push({ role: 'client', source: t.clientCert.source, certs: t.clientCert.value });
  const fromExec = t.exec?.credential?.clientCert;
  if (fromExec?.ok) out.push({ role: 'client', source: fromExec.source, certs: fromExec.value });
  return out;
}

export function caBundles(t: TargetFacts): CertBundle[] {
  return t.ca?.ok ? [{ role: 'ca', source: t.ca.source, certs: t.ca.value }] : [];
}

export function tokenCredentials(t: TargetFacts): TokenCredential[] {
  const out: TokenCredential[] = [];
  for (const loaded of [t.token, t.tokenFile]) {
    if (loaded?.ok) out.push({ source: loaded.source, token: loaded.value });
  }
  // An auth-provider id-token with a refresh-token is renewed by kubectl: its expiry is no fault.
  const idToken = t.oidc?.from === 'auth-provider' ? t.oidc.idToken : undefined;
  if (idToken && !t.oidc?.refreshToken && t.user) {
    const line = t.user.fieldLines['auth-provider'] ?? t.user.origin.line;
    const origin = { file: t.user.origin.file, ...(line ? { line } : {}) };
    out.push({ source: { field: 'auth-provider id-token', kind: 'data', origin }, token: idToken });
  }
  const execToken = t.exec?.credential?.token;
  if (execToken && t.exec) {
    out.push({ source: { field: 'exec', kind: 'exec', origin: t.exec.origin }, token: execToken });
  }
  return out;
}

/** How a source reads in a message: `client-certificate-data of user "ci" (kubeconfig:12)`. */
export function describeSource(source: Source): string {
  const where = source.origin.line
    ? `${source.origin.file}:${source.origin.line}`
    : source.origin.file;
  if (source.kind === 'file') return `${source.field} file ${source.path ?? ''} (set at ${where})`;
  if (source.kind === 'exec') return `the exec plugin's credential (user at ${where})`;
  return `${source.field} (${where})`;
}
