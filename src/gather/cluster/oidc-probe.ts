/** Fetches an OIDC issuer's discovery document from the runner, as kubelogin or kubectl would. */
import type { OidcFacts } from '../../model/live.js';
import { createTransport } from './transport.js';
import { trimEndOf } from '../../model/text.js';

export const DISCOVERY_PATH = '/.well-known/openid-configuration';

export interface ProbeEnv {
  env: Record<string, string | undefined>;
  deadline: number;
  signal: AbortSignal;
  now: () => Date;
  userAgent: string;
}

/** No credentials are sent; the issuer's TLS is checked against `caPem` or the system roots. */
export async function probeIssuer(
  issuer: string,
  caPem: string | undefined,
  env: ProbeEnv,
): Promise<OidcFacts> {
  const base = trimEndOf(issuer, '/');
  const discoveryUrl = `${base}${DISCOVERY_PATH}`;
  const transport = createTransport({ server: base, ...(caPem ? { ca: caPem } : {}), ...env });
  try {
    const ep = await transport.endpoint();
    if (!ep.ok) return { discoveryUrl, reachable: false, failure: ep.failure };
    const ex = await transport.request('GET', DISCOVERY_PATH, {
      headers: { Accept: 'application/json' },
    });
    if (!ex.ok) return { discoveryUrl, reachable: false, failure: ex.failure };
    if (ex.status !== 200) return { discoveryUrl, reachable: false, status: ex.status };
    let doc: { issuer?: unknown; token_endpoint?: unknown } = {};
    try {
      doc = JSON.parse(ex.body.toString('utf8')) as typeof doc;
    } catch {
      return { discoveryUrl, reachable: false, status: ex.status };
    }
    const documentIssuer = typeof doc.issuer === 'string' ? doc.issuer : undefined;
    let tokenEndpoint: string | undefined;
    try {
      tokenEndpoint = new URL(String(doc.token_endpoint)).host;
    } catch {
      tokenEndpoint = undefined;
    }
    return {
      discoveryUrl,
      reachable: true,
      status: ex.status,
      ...(documentIssuer !== undefined && documentIssuer !== issuer ? { documentIssuer } : {}),
      ...(tokenEndpoint ? { tokenEndpoint } : {}),
    };
  } finally {
    transport.close();
  }
}
