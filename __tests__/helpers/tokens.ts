/** Tokens made at test time: signed JWTs and SigV4-presigned EKS tokens (no fixtures, no network). */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { amzDate, enc, hmac, sha256 } from './sigv4.js';

export { amzDate } from './sigv4.js';

export type JwtAlg = 'RS256' | 'ES256';

const keys = new Map<JwtAlg, { privateKey: KeyObject; publicKey: KeyObject }>();

/** A key pair per algorithm, made once per test file. */
export function jwtKeys(alg: JwtAlg): { privateKey: KeyObject; publicKey: KeyObject } {
  let pair = keys.get(alg);
  if (!pair) {
    pair =
      alg === 'RS256'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    keys.set(alg, pair);
  }
  return pair;
}

const b64url = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export interface JwtOptions {
  alg?: JwtAlg | 'none';
  /** Extra header fields (`kid`, `typ`, …) or overrides. */
  header?: Record<string, unknown>;
}

/** A compact JWS over `claims`, signed with a key generated for this run (RS256 by default). */
export function makeJwt(claims: Record<string, unknown>, opts: JwtOptions = {}): string {
  const alg = opts.alg ?? 'RS256';
  const signingInput = `${b64url({ alg, typ: 'JWT', ...opts.header })}.${b64url(claims)}`;
  if (alg === 'none') return `${signingInput}.`;
  const { privateKey } = jwtKeys(alg);
  const signature =
    alg === 'RS256'
      ? sign('sha256', Buffer.from(signingInput), privateKey)
      : sign('sha256', Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Seconds since 1970 for a Date, as JWT NumericDate claims hold them. */
export const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

/** The AWS documentation's example key pair: valid in shape, useless against AWS. */
export const EXAMPLE_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const EXAMPLE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export interface EksTokenOptions {
  date: Date;
  region?: string;
  /** Use the global endpoint sts.amazonaws.com (signed for us-east-1). */
  global?: boolean;
  /** Overrides the host (the signature still covers it). */
  host?: string;
  /** Overrides the credential scope region. */
  scopeRegion?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  clusterName?: string;
  expires?: number | string;
  extraParams?: [string, string][];
  omitSignedHeader?: boolean;
}

/** A SigV4 query-presigned STS GetCallerIdentity URL, laid out as `aws eks get-token` lays it out. */
export function presignEksUrl(o: EksTokenOptions): string {
  const region = o.region ?? 'eu-west-1';
  const host = o.host ?? (o.global ? 'sts.amazonaws.com' : `sts.${region}.amazonaws.com`);
  const when = amzDate(o.date);
  const scope = `${when.slice(0, 8)}/${o.scopeRegion ?? (o.global ? 'us-east-1' : region)}/sts/aws4_request`;
  const signedHeaders = o.omitSignedHeader ? 'host' : 'host;x-k8s-aws-id';
  const params: [string, string][] = [
    ['Action', 'GetCallerIdentity'],
    ['Version', '2011-06-15'],
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${o.accessKeyId ?? EXAMPLE_ACCESS_KEY_ID}/${scope}`],
    ['X-Amz-Date', when],
    ['X-Amz-Expires', String(o.expires ?? 60)],
    ['X-Amz-SignedHeaders', signedHeaders],
  ];
  if (o.sessionToken) params.push(['X-Amz-Security-Token', o.sessionToken]);
  params.push(...(o.extraParams ?? []));
  const encoded = params.map(([k, v]) => `${enc(k)}=${enc(v)}`);
  const canonicalQuery = [...encoded].sort().join('&');
  const headers = `host:${host}\n${o.omitSignedHeader ? '' : `x-k8s-aws-id:${o.clusterName ?? 'demo'}\n`}`;
  const request = ['GET', '/', canonicalQuery, headers, signedHeaders, sha256('')].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', when, scope, sha256(request)].join('\n');
  let key: Buffer | string = `AWS4${o.secretAccessKey ?? EXAMPLE_SECRET_ACCESS_KEY}`;
  for (const part of scope.split('/')) key = hmac(key, part);
  const signature = hmac(key, toSign).toString('hex');
  return `https://${host}/?${[...encoded, `X-Amz-Signature=${signature}`].join('&')}`;
}

/** `k8s-aws-v1.` + unpadded base64url of a URL (as the CLI and aws-iam-authenticator encode it). */
export const eksTokenFromUrl = (url: string): string =>
  `k8s-aws-v1.${Buffer.from(url).toString('base64url')}`;

/** An EKS bearer token presigned at `date` (offline). */
export function makeEksToken(o: EksTokenOptions): string {
  return eksTokenFromUrl(presignEksUrl(o));
}

/** Runs the real `aws eks get-token` offline with the example keys; undefined when aws is absent. */
export function awsGetToken(args: {
  region: string;
  clusterName?: string;
  sessionToken?: string;
  legacySts?: boolean;
}): { token: string; expirationTimestamp: string } | undefined {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: EXAMPLE_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: EXAMPLE_SECRET_ACCESS_KEY,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_STS_REGIONAL_ENDPOINTS: args.legacySts ? 'legacy' : 'regional',
    ...(args.sessionToken ? { AWS_SESSION_TOKEN: args.sessionToken } : {}),
  };
  const argv = [
    'eks',
    'get-token',
    '--cluster-name',
    args.clusterName ?? 'demo',
    '--region',
    args.region,
  ];
  try {
    const out = execFileSync('aws', argv, { env, encoding: 'utf8', timeout: 30000 });
    return (JSON.parse(out) as { status: { token: string; expirationTimestamp: string } }).status;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** True when the AWS CLI is on PATH (tests against it are skipped otherwise, with a note). */
export function hasAwsCli(): boolean {
  try {
    execFileSync('aws', ['--version'], { stdio: 'ignore', timeout: 30000 });
    return true;
  } catch {
    return false;
  }
}
