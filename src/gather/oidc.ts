/** Finds a context's OIDC issuer: auth-provider `oidc`, kubelogin-style exec args, or a JWT's iss. */
import { flagValue } from '../model/exec-args.js';
import type { TargetFacts } from '../model/facts.js';
import type { OidcConfig, TokenFacts } from '../model/materials.js';
import { decodeStdBase64 } from './base64.js';
import { readMaterialFile, resolveAgainst } from './files.js';
import type { SecretSet } from './secrets.js';
import { describeToken } from './token.js';

export interface OidcSetup {
  config: OidcConfig;
  /** The CA bundle for the issuer, when the kubeconfig names one (else the system roots). */
  caPem?: string;
}

/** An https issuer that is not a Kubernetes service-account issuer. */
function oidcIssuer(token: TokenFacts | undefined): string | undefined {
  const iss = token?.issuer;
  if (!iss || token?.serviceAccount || !/^https:\/\//i.test(iss)) return undefined;
  return iss;
}

async function caFrom(data: string | undefined, file: string | undefined, dir: string) {
  if (data) {
    const decoded = decodeStdBase64(data);
    return decoded.ok ? decoded.bytes.toString('latin1') : undefined;
  }
  if (!file) return undefined;
  const read = await readMaterialFile(resolveAgainst(dir, file));
  return read.ok ? read.bytes.toString('latin1') : undefined;
}

/** Never throws; undefined when the context has nothing to do with OIDC. */
export async function oidcSetup(
  t: TargetFacts,
  dir: string,
  secrets: SecretSet,
): Promise<OidcSetup | undefined> {
  const provider = t.user?.value['auth-provider'];
  if (provider?.name === 'oidc') {
    const c = provider.config ?? {};
    const issuer = c['idp-issuer-url'] ?? '';
    if (!issuer) return undefined;
    const caPem = await caFrom(
      c['idp-certificate-authority-data'],
      c['idp-certificate-authority'],
      dir,
    );
    const idToken = c['id-token'] ? describeToken(c['id-token'], secrets) : undefined;
    return {
      config: {
        issuer,
        from: 'auth-provider',
        ...(c['client-id'] ? { clientId: c['client-id'] } : {}),
        ...(idToken ? { idToken } : {}),
        refreshToken: Boolean(c['refresh-token']),
      },
      ...(caPem ? { caPem } : {}),
    };
  }
  const args = t.exec?.args ?? [];
  const argIssuer = flagValue(args, '--oidc-issuer-url');
  if (argIssuer) {
    const clientId = flagValue(args, '--oidc-client-id');
    const caPem = await caFrom(
      flagValue(args, '--certificate-authority-data'),
      flagValue(args, '--certificate-authority'),
      dir,
    );
    return {
      config: {
        issuer: argIssuer,
        from: 'exec-args',
        ...(clientId ? { clientId } : {}),
        refreshToken: false,
      },
      ...(caPem ? { caPem } : {}),
    };
  }
  const token = [t.tokenFile, t.token].find((l) => l?.ok);
  const jwt = token?.ok ? token.value : t.exec?.credential?.token;
  const issuer = oidcIssuer(jwt);
  return issuer ? { config: { issuer, from: 'token', refreshToken: false } } : undefined;
}
