/** What kubectl would send for a target: client-go's precedence, and why it could send nothing. */
import type { TargetFacts } from '../../model/facts.js';
import type { BearerSource, SentCredential } from '../../model/live.js';
import type { WireMaterial } from '../wire.js';

export interface Outgoing {
  sent: SentCredential[];
  bearerSource?: BearerSource;
  impersonating?: string;
  unusable?: string;
  headers: Record<string, string>;
  cert?: string;
  key?: string;
}

const REMOVED_PROVIDERS = new Set(['gcp', 'azure']);

function impersonation(t: TargetFacts, headers: Record<string, string>): string | undefined {
  const u = t.user?.value;
  if (!u?.as) return undefined;
  headers['Impersonate-User'] = u.as;
  if (u['as-uid']) headers['Impersonate-Uid'] = u['as-uid'];
  // Several groups need repeated headers; node joins an array value into repeated headers.
  const groups = u['as-groups'] ?? [];
  if (groups.length) (headers as Record<string, unknown>)['Impersonate-Group'] = groups;
  for (const [k, v] of Object.entries(u['as-user-extra'] ?? {})) {
    (headers as Record<string, unknown>)[`Impersonate-Extra-${encodeURIComponent(k)}`] = v;
  }
  return u.as;
}

/** Why kubectl would stop before sending anything, if it would. */
function unusable(t: TargetFacts, now: Date): string | undefined {
  const u = t.user?.value;
  if (!u) return undefined;
  const oidc = t.oidc;
  const exp = oidc?.from === 'auth-provider' ? oidc.idToken?.expiresAt : undefined;
  if (exp && Date.parse(exp) <= now.getTime() && oidc?.refreshToken) {
    // Refreshing would rotate the user's refresh token: the gate never does it.
    return `the OIDC id-token expired at ${exp}; kubectl would first refresh it at ${oidc.issuer} with the refresh-token, which the gate does not do (it would rotate your tokens)`;
  }
  const provider = u['auth-provider']?.name;
  if (provider && REMOVED_PROVIDERS.has(provider))
    return `kubectl no longer has the "${provider}" auth-provider, so it cannot get a credential`;
  if (t.clientCert && !t.clientCert.ok) return `the client certificate ${t.clientCert.detail}`;
  if (t.clientKey && !t.clientKey.ok) return `the client key ${t.clientKey.detail}`;
  if (t.clientCert && !t.clientKey) return 'a client certificate is set without its key';
  if (t.keyMatchesCert === false) return 'the client key does not match the client certificate';
  if (t.tokenFile && !t.tokenFile.ok) return `the tokenFile ${t.tokenFile.detail}`;
  if (t.token && !t.token.ok) return `the token ${t.token.detail}`;
  return undefined;
}

export function outgoing(t: TargetFacts, wire: WireMaterial, now: Date): Outgoing {
  const headers: Record<string, string> = {};
  const out: Outgoing = { sent: [], headers };
  const bad = unusable(t, now);
  if (bad) return { ...out, unusable: bad };
  const u = t.user?.value ?? {};
  // A static token or tokenFile wins over the exec plugin (client-go only asks the plugin when no
  // Authorization header is set); tokenFile wins over token.
  const provider = u['auth-provider'];
  const idToken = provider?.name === 'oidc' ? provider.config?.['id-token'] : undefined;
  const bearer: [BearerSource, string | undefined][] = [
    ['tokenFile', wire.tokenFile],
    ['token', wire.token],
    ['auth-provider', idToken],
    ['exec', wire.execToken],
  ];
  const chosen = bearer.find(([, v]) => v);
  const execNeeded = Boolean(u.exec) && !chosen?.[1] && !wire.clientCert;
  if (execNeeded && t.exec && t.exec.outcome !== 'ok') {
    return { ...out, unusable: `the exec plugin gave no credential (${t.exec.outcome})` };
  }
  if (chosen?.[1]) {
    headers.Authorization = `Bearer ${chosen[1]}`;
    out.sent.push('bearer-token');
    out.bearerSource = chosen[0];
  } else if (u.username || u.password) {
    const basic = Buffer.from(`${u.username ?? ''}:${u.password ?? ''}`).toString('base64');
    headers.Authorization = `Basic ${basic}`;
    out.sent.push('basic-auth');
  }
  const cert = wire.clientCert ?? wire.execCert;
  const key = wire.clientCert ? wire.clientKey : wire.execKey;
  if (cert && key) {
    out.cert = cert;
    out.key = key;
    out.sent.unshift('client-certificate');
  }
  const as = impersonation(t, headers);
  if (as) out.impersonating = as;
  return out;
}
