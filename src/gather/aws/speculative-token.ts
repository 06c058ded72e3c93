/**
 * The token `aws eks get-token` is about to print, signed in-process while the plugin runs, so the
 * live and AWS checks need not wait for the plugin (a Python start-up: ~0.4 s). It counts only
 * when the plugin's own token, re-signed here at the plugin's timestamp, is byte-identical: same
 * credentials, cluster, region and host, so the same identity to STS and to the cluster.
 */
import type { EksTarget } from '../../model/aws/eks-detect.js';
import { flagValue } from '../../model/exec-args.js';
import type { TargetFacts } from '../../model/facts.js';
import { eksToken, type EksTokenInput } from './eks-token.js';

const schemeOf = (url: string) => (new URL(url).protocol === 'http:' ? 'http' : 'https');

export interface Speculation {
  token: string;
  /** The token's presigned URL: a secret like the token. */
  url: string;
  /**
   * Whether the plugin printed this same token, but for the moment it signed it: `signedAt` is
   * its X-Amz-Date as the token's decoding read it (EksTokenFacts.signedAt, ISO 8601).
   */
  confirmedBy(pluginToken: string | undefined, signedAt: string | undefined): boolean;
}

/**
 * Undefined unless the plugin is a plain `aws eks get-token --cluster-name N` that takes its
 * credentials from the runner's environment (no role, profile or AWS_* of its own) and the token
 * is what kubectl will send (no static token or client certificate beside it).
 */
export function speculate(
  t: TargetFacts,
  eks: EksTarget,
  env: Record<string, string | undefined>,
  now: Date,
): Speculation | undefined {
  const u = t.user?.value;
  const exec = u?.exec;
  if (!exec || eks.authenticator !== 'aws-cli' || eks.roleArn || eks.profile) return undefined;
  if (eks.outpostsId || !eks.execCluster) return undefined;
  if (u.token || u.tokenFile || u['auth-provider'] || u['client-certificate-data'])
    return undefined;
  if (u['client-certificate'] || u.username || u.password) return undefined;
  if ((exec.env ?? []).some((e) => /^AWS_/i.test(String(e?.name)))) return undefined;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const args = (exec.args ?? []).map(String);
  const region = flagValue(args, '--region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (!region) return undefined;
  const endpoint = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
  if (endpoint && !URL.canParse(endpoint)) return undefined;
  const input: Omit<EksTokenInput, 'now'> = {
    clusterId: eks.execCluster,
    region,
    credentials: {
      accessKeyId,
      secretAccessKey,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    },
    ...(env.AWS_STS_REGIONAL_ENDPOINTS === 'legacy' ? { sts: 'global' as const } : {}),
    ...(endpoint ? { host: new URL(endpoint).host, scheme: schemeOf(endpoint) } : {}),
  };
  let guess: { token: string; url: string };
  try {
    guess = eksToken({ ...input, now });
  } catch {
    return undefined;
  }
  return {
    token: guess.token,
    url: guess.url,
    confirmedBy(pluginToken, signedAt) {
      if (!pluginToken || !signedAt || Number.isNaN(Date.parse(signedAt))) return false;
      return eksToken({ ...input, now: new Date(signedAt) }).token === pluginToken;
    },
  };
}
