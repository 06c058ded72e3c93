/** EKS tokens made in-process (node:crypto SigV4 presigning), replayed like aws-iam-authenticator. */
import { createHash, createHmac } from 'node:crypto';
import { decodeBase64Url } from '../token/base64url.js';
import { EKS_PREFIX } from '../token/eks.js';
import { httpGet, type HttpGet } from './http-get.js';
import type { AwsProxy } from './proxy.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface EksTokenInput {
  /** Cluster name (or the Outposts cluster id): signed as the `x-k8s-aws-id` header. */
  clusterId: string;
  region: string;
  credentials: AwsCredentials;
  now: Date;
  /** `regional` (the CLI default) or `global` (the CLI's `sts_regional_endpoints = legacy`). */
  sts?: 'regional' | 'global';
  /**
   * Sign for this host instead of the STS endpoint, as the CLI does under AWS_ENDPOINT_URL: the URL
   * is `https://<host>/` and the scope is `region` (the global rule no longer applies).
   */
  host?: string;
  /** The scheme of that endpoint: the CLI keeps `http` for an http endpoint (a local STS). */
  scheme?: 'http' | 'https';
}

export interface EksToken {
  token: string;
  /** The CLI's `expirationTimestamp`: signing time + 14 min as `YYYY-MM-DDTHH:MM:SSZ`. */
  expiresAt: string;
  /** The presigned URL (a secret, like the token). */
  url: string;
}

/** Regions that botocore sends to sts.amazonaws.com under `sts_regional_endpoints = legacy`. */
const LEGACY_GLOBAL =
  /^(aws-global|us-(east|west)-[12]|eu-(west-[123]|central-1|north-1)|ap-(northeast-1|south-1|southeast-[12])|ca-central-1|sa-east-1)$/;
/** Partition DNS suffixes by region prefix (botocore partitions.json); everything else is `aws`. */
const PARTITION = /^(cn|eusc-de|us-iso|us-isob|us-isof|eu-isoe)-\w+-\d+$/;
const SUFFIXES: Record<string, string> = {
  cn: 'amazonaws.com.cn',
  'eusc-de': 'amazonaws.eu',
  'us-iso': 'c2s.ic.gov',
  'us-isob': 'sc2s.sgov.gov',
  'us-isof': 'csp.hci.ic.gov',
  'eu-isoe': 'cloud.adc-e.uk',
};
const REGION_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const URL_EXPIRES_SECONDS = 60;
const ADVERTISED_MINUTES = 14;

/** RFC 3986 encoding as SigV4 wants it (only A-Z a-z 0-9 - _ . ~ left as is). */
const enc = (s: string): string =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest();

/** The STS host and signing region `aws eks get-token` uses for a region and endpoint mode. */
export function stsEndpoint(
  region: string,
  sts: 'regional' | 'global' = 'regional',
): { host: string; signingRegion: string } {
  if (!REGION_LABEL.test(region)) throw new Error(`invalid region ${JSON.stringify(region)}`);
  if (region === 'aws-global' || (sts === 'global' && LEGACY_GLOBAL.test(region)))
    return { host: 'sts.amazonaws.com', signingRegion: 'us-east-1' };
  const suffix = SUFFIXES[PARTITION.exec(region)?.[1] ?? ''] ?? 'amazonaws.com';
  return { host: `sts.${region}.${suffix}`, signingRegion: region };
}

/** An EKS token exactly as `aws eks get-token` makes it at `now` (no network). */
export function eksToken(input: EksTokenInput): EksToken {
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  if (!accessKeyId || !secretAccessKey)
    throw new Error('credentials need an access key id and a secret');
  const clusterId = input.clusterId.trim().replace(/\s+/g, ' ');
  if (!clusterId) throw new Error('clusterId is empty');
  const endpoint = stsEndpoint(input.region, input.sts);
  const host = input.host ?? endpoint.host;
  const scopeRegion = input.host === undefined ? endpoint.signingRegion : input.region;
  const seconds = Math.floor(input.now.getTime() / 1000) * 1000;
  if (!Number.isFinite(seconds)) throw new Error('now is not a valid date');
  const when = new Date(seconds).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const scope = `${when.slice(0, 8)}/${scopeRegion}/sts/aws4_request`;
  const signedHeaders = 'host;x-k8s-aws-id';
  const params: [string, string][] = [
    ['Action', 'GetCallerIdentity'],
    ['Version', '2011-06-15'],
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${accessKeyId}/${scope}`],
    ['X-Amz-Date', when],
    ['X-Amz-Expires', String(URL_EXPIRES_SECONDS)],
    ['X-Amz-SignedHeaders', signedHeaders],
  ];
  if (sessionToken) params.push(['X-Amz-Security-Token', sessionToken]);
  const query = params.map(([k, v]) => `${enc(k)}=${enc(v)}`);
  const headers = `host:${host}\nx-k8s-aws-id:${clusterId}\n`;
  const request = ['GET', '/', [...query].sort().join('&'), headers, signedHeaders, sha256('')];
  const toSign = ['AWS4-HMAC-SHA256', when, scope, sha256(request.join('\n'))].join('\n');
  let key: Buffer | string = `AWS4${secretAccessKey}`;
  for (const part of scope.split('/')) key = hmac(key, part);
  const scheme = input.host === undefined ? 'https' : (input.scheme ?? 'https');
  const url = `${scheme}://${host}/?${query.join('&')}&X-Amz-Signature=${hmac(key, toSign).toString('hex')}`;
  const expiresAt = new Date(seconds + ADVERTISED_MINUTES * 60_000).toISOString();
  return {
    token: EKS_PREFIX + Buffer.from(url).toString('base64url'),
    expiresAt: expiresAt.replace(/\.\d{3}Z$/, 'Z'),
    url,
  };
}

export interface CallerIdentity {
  arn: string;
  account: string;
  userId: string;
}
/** `status` 0: no HTTP answer (bad token, refused destination, network error, timeout). */
export interface ReplayFailure {
  ok: false;
  status: number;
  code?: string;
  message: string;
}
export type ReplayResult = ({ ok: true } & CallerIdentity) | ReplayFailure;

export interface ReplayOptions {
  get?: HttpGet;
  /** The runner's https proxy, when it has one. */
  proxy?: AwsProxy;
  timeoutMs: number;
  /** Send to this origin (`http://127.0.0.1:4566`) instead of the URL's host; path, query kept. */
  endpointOverride?: string;
}

const ALLOWED_PARAM =
  /^(action|version|x-amz-(algorithm|credential|date|expires|security-token|signature|signedheaders))$/;
/** STS hosts the authenticator accepts: global, regional, FIPS and dual-stack, in every partition. */
const STS_HOST =
  /^sts(-fips)?\.([a-z0-9-]+\.)?(amazonaws\.(com|com\.cn|eu)|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov|api\.aws|api\.amazonwebservices\.(com\.cn|eu))$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const fail = (status: number, code: string | undefined, message: string): ReplayFailure =>
  code === undefined ? { ok: false, status, message } : { ok: false, status, code, message };
const malformed = (message: string): ReplayFailure => fail(0, 'MalformedToken', message);

/** A field of an STS answer, XML (`<Arn>…</Arn>`) or JSON (`"Arn": "…"`). */
function field(body: string, name: string): string | undefined {
  const xml = new RegExp(`<${name}>([^<]*)</${name}>`).exec(body)?.[1];
  if (xml !== undefined)
    return xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
  const json = new RegExp(`"${name}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(body)?.[1];
  try {
    return json === undefined ? undefined : (JSON.parse(json) as string);
  } catch {
    return undefined;
  }
}

/** The query of a pre-signed URL checked as the authenticator checks it, or why it is refused. */
function checkQuery(rawQuery: string, secrets: string[]): ReplayFailure | undefined {
  const values = new Map<string, string>();
  for (const pair of rawQuery.split('&').filter(Boolean)) {
    const eq = pair.includes('=') ? pair.indexOf('=') : pair.length;
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(pair.slice(0, eq)).toLowerCase();
      value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      return malformed('malformed query parameter in pre-signed URL');
    }
    if (values.has(key)) return malformed(`duplicate query parameter found: "${key}"`);
    if (!ALLOWED_PARAM.test(key)) return malformed(`non-whitelisted query parameter "${key}"`);
    values.set(key, value);
    if (/signature|security-token/.test(key)) secrets.push(value, pair.slice(eq + 1));
  }
  if (values.get('action') !== 'GetCallerIdentity')
    return malformed('unexpected action parameter in pre-signed URL');
  if (!(values.get('x-amz-signedheaders') ?? '').toLowerCase().split(';').includes('x-k8s-aws-id'))
    return malformed('client did not sign the x-k8s-aws-id header in the pre-signed URL');
  return undefined;
}

/** Checks a token as aws-iam-authenticator does, GETs its URL and reads the caller's identity. */
export async function replayEksToken(
  token: string,
  clusterId: string,
  opts: ReplayOptions,
): Promise<ReplayResult> {
  if (Buffer.byteLength(token) > 4096) return malformed('token is too large');
  if (!token.startsWith(EKS_PREFIX))
    return malformed(`token is missing expected "${EKS_PREFIX}" prefix`);
  const decoded = decodeBase64Url(token.slice(EKS_PREFIX.length), false);
  if (!decoded.ok) return malformed(decoded.detail);
  const url = decoded.bytes.toString('utf8');
  const parts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/i.exec(url);
  if (!parts) return malformed('the pre-signed URL cannot be parsed');
  const [, scheme = '', host = '', path = '', rawQuery = ''] = parts;
  const secrets = [token, token.slice(EKS_PREFIX.length), url, rawQuery];
  const refused = checkQuery(rawQuery, secrets);
  if (refused || path !== '/') return refused ?? malformed('unexpected path in pre-signed URL');
  const scrub = (text: string): string =>
    secrets.reduce((out, s) => (s.length < 8 ? out : out.split(s).join('***')), text);

  let [target, destination] = [`https://${host}${path}?${rawQuery}`, host];
  if (opts.endpointOverride !== undefined) {
    const origin = URL.canParse(opts.endpointOverride) ? new URL(opts.endpointOverride) : null;
    if (origin?.protocol !== 'http:' && origin?.protocol !== 'https:')
      return fail(0, 'BadEndpoint', 'endpointOverride is not an http(s) URL');
    [target, destination] = [`${origin.origin}${path}?${rawQuery}`, origin.host];
  } else if (scheme !== 'https') {
    return malformed(`unexpected scheme "${scheme}" in pre-signed URL`);
  } else if (!STS_HOST.test(host.toLowerCase())) {
    return fail(0, 'UntrustedHost', `refusing to send the token to "${host}": not an AWS STS host`);
  }

  let status: number;
  let body: string;
  try {
    const headers = { 'x-k8s-aws-id': clusterId, accept: 'application/json' };
    const get = opts.get ?? httpGet;
    ({ status, body } = await get(target, headers, opts.timeoutMs, opts.proxy?.()));
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.name === 'TimeoutError')
      return fail(0, 'Timeout', `no answer from ${destination} within ${opts.timeoutMs} ms`);
    return fail(0, 'NetworkError', scrub(`cannot reach ${destination}: ${e.code ?? e.message}`));
  }
  if (status !== 200) {
    const detail = field(body, 'Message') ?? body.replace(/\s+/g, ' ').trim();
    const code = field(body, 'Code') ?? (body.includes('Throttling') ? 'Throttling' : undefined);
    const text = `error from AWS (expected 200, got ${status}): ${detail}`;
    return fail(status, code, scrub(text).slice(0, 400));
  }
  const result = /GetCallerIdentityResult/.test(body) ? body : '';
  const [arn, account, userId] = ['Arn', 'Account', 'UserId'].map((name) => field(result, name));
  if (!arn || !account || !userId) {
    const root = /<([A-Za-z][\w:.-]*)[\s>]/.exec(body.replace(/<\?[^>]*\?>/, ''))?.[1];
    const what = root ? `<${root}>` : body.trimStart().startsWith('{') ? 'JSON' : 'text';
    return fail(200, 'MalformedResponse', `the answer is not a GetCallerIdentity result (${what})`);
  }
  if (arn.includes(':assumed-role/') && !/^[^:]+:[^:]+$/.test(userId))
    return fail(200, 'MalformedResponse', 'malformed UserID for an assumed role');
  return { ok: true, arn, account, userId };
}
