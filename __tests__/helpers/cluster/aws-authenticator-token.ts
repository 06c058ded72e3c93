/**
 * Token verification as aws-iam-authenticator does it (pkg/token/token.go `Verify`, pkg/arn
 * `Canonicalize`), written from that source and REFERENCE §3 (independent of src/). The one
 * difference: an allowed host is a loopback STS front (`stsHosts`), replayed over plain http.
 */

/** One verified caller (token.Identity). */
export interface Identity {
  arn: string;
  canonicalArn: string;
  accountId: string;
  /** The role id for roles (split from `<RoleId>:<session>`), else the whole UserId. */
  userId: string;
  sessionName: string;
  accessKeyId: string;
  stsEndpoint: string;
}

/** FormatError / STSError / STSThrottling: `message` is the authenticator's Error() text. */
export class VerifyError extends Error {
  constructor(
    readonly kind: 'format' | 'sts' | 'throttled',
    detail: string,
  ) {
    const prefix = {
      format: 'input token was not properly formatted: ',
      sts: 'sts getCallerIdentity failed: ',
      throttled: 'sts getCallerIdentity was throttled: ',
    }[kind];
    super(prefix + detail);
  }
}

export interface VerifyOptions {
  clusterId: string;
  /** The only hosts a token may point at (`host:port`), e.g. `moto.sts.host`. */
  stsHosts: string[];
  now: () => number;
  /** The replay's timeout (the authenticator's http.Client has 10 s). */
  timeoutMs?: number;
  /** Accept http:// URLs: the aws CLI signs for a plain-http AWS_ENDPOINT_URL as it is given. */
  allowHttp?: boolean;
}

const PREFIX = 'k8s-aws-v1.';
const MAX_TOKEN_BYTES = 4096;
const EXPIRATION_MS = 15 * 60_000;
const ALLOWED = new Set(
  'action version x-amz-algorithm x-amz-credential x-amz-date x-amz-expires x-amz-security-token x-amz-signature x-amz-signedheaders'.split(
    ' ',
  ),
);
export const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
];
/** Go's %q, close enough for ASCII. */
export const q = (s: string): string => JSON.stringify(s);
const format = (m: string) => new VerifyError('format', m);
const sts = (m: string) => new VerifyError('sts', m);

/** base64.RawURLEncoding.DecodeString: no padding, URL alphabet; \r and \n are skipped. */
function rawUrlDecode(s: string): string {
  const bad = /[^A-Za-z0-9_\-\r\n]/.exec(s);
  if (bad) throw format(`illegal base64 data at input byte ${bad.index}`);
  const clean = s.replace(/[\r\n]/g, '');
  if (clean.length % 4 === 1) throw format(`illegal base64 data at input byte ${s.length - 1}`);
  return Buffer.from(clean, 'base64url').toString('latin1');
}

/** url.ParseQuery: `&`-separated, `;` is an error, `+` is a space; keys keep their case. */
function parseQuery(raw: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const unescape = (s: string) => {
    if (/%(?![0-9A-Fa-f]{2})/.test(s)) throw format('malformed query parameter');
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      throw format('malformed query parameter');
    }
  };
  for (const part of raw.split('&')) {
    if (part.includes(';')) throw format('malformed query parameter');
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = unescape(eq < 0 ? part : part.slice(0, eq));
    const value = unescape(eq < 0 ? '' : part.slice(eq + 1));
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}

/** time.Time.String() of a UTC time: `2006-01-02 15:04:05 +0000 UTC`. */
const goTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' +0000 UTC');

/** Parses `20060102T150405Z` strictly (Go rejects out-of-range fields); NaN when it does not. */
function parseAmzDate(d: string): number {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(d);
  if (!m) return NaN;
  const [y, mo, day, h, mi, s] = m.slice(1).map(Number) as number[];
  const ms = Date.UTC(y!, mo! - 1, day!, h!, mi!, s!);
  const back = new Date(ms);
  return back.getUTCMonth() === mo! - 1 &&
    back.getUTCDate() === day! &&
    h! < 24 &&
    mi! < 60 &&
    s! < 60
    ? ms
    : NaN;
}

/**
 * arn.Canonicalize: assumed-role → `arn:<p>:iam::<acct>:role/<role>` (no path: STS never gives
 * one); iam role/user/root and sts federated-user unchanged. Throws the authenticator's wording.
 */
export function canonicalize(arn: string): { type: string; canonical: string } {
  if (!arn.startsWith('arn:')) throw new Error(`arn '${arn}' is invalid: 'arn: invalid prefix'`);
  const sections = arn.split(':');
  if (sections.length < 6) throw new Error(`arn '${arn}' is invalid: 'arn: not enough sections'`);
  const [, partition = '', service = '', , account = ''] = sections;
  const resource = sections.slice(5).join(':');
  if (!PARTITIONS.includes(partition))
    throw new Error(`arn '${arn}' does not have a recognized partition`);
  const parts = resource.split('/');
  const kind = parts[0] ?? '';
  if (service === 'sts') {
    if (kind === 'federated-user') return { type: 'federated-user', canonical: arn };
    if (kind !== 'assumed-role')
      throw new Error(`unrecognized resource ${resource} for service sts`);
    if (parts.length < 3) throw new Error(`assumed-role arn '${arn}' does not have a role`);
    const role = parts.slice(1, -1).join('/');
    return { type: 'assumed-role', canonical: `arn:${partition}:iam::${account}:role/${role}` };
  }
  if (service === 'iam') {
    if (kind === 'role' || kind === 'user' || kind === 'root')
      return { type: kind, canonical: arn };
    throw new Error(`unrecognized resource ${resource} for service iam`);
  }
  throw new Error(`service ${service} in arn ${arn} is not a valid service for identities`);
}

/** The authenticator's checks in its order, then the replay to STS and the identity it returns. */
export async function verifyToken(token: string, o: VerifyOptions): Promise<Identity> {
  if (Buffer.byteLength(token) > MAX_TOKEN_BYTES) throw format('token is too large');
  if (!token.startsWith(PREFIX)) throw format(`token is missing expected ${q(PREFIX)} prefix`);
  const text = rawUrlDecode(token.slice(PREFIX.length));
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(text);
  if (!m) throw format(`parse ${q(text.slice(0, 40))}: invalid URI for request`);
  const [, scheme = '', host = '', rawPath = '', rawQuery = ''] = m;
  if (scheme !== 'https' && !(o.allowHttp && scheme === 'http'))
    throw format(`unexpected scheme ${q(scheme)} in pre-signed URL`);
  if (!o.stsHosts.includes(host)) throw format(`unexpected hostname ${q(host)} in pre-signed URL`);
  if (rawPath !== '/') throw format('unexpected path in pre-signed URL');

  const query = parseQuery(rawQuery);
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (seen.has(key.toLowerCase())) throw format(`duplicate query parameter found: ${q(key)}`);
    seen.add(key.toLowerCase());
  }
  const lower = new Map<string, string>();
  for (const [key, values] of query) {
    if (!ALLOWED.has(key.toLowerCase())) throw format(`non-whitelisted query parameter ${q(key)}`);
    if (values.length !== 1) throw format('query parameter with multiple values not supported');
    lower.set(key.toLowerCase(), values[0] ?? '');
  }
  if (lower.get('action') !== 'GetCallerIdentity')
    throw format('unexpected action parameter in pre-signed URL');
  const signed = (lower.get('x-amz-signedheaders') ?? '').split(';');
  if (!signed.some((h) => h.toLowerCase() === 'x-k8s-aws-id'))
    throw format('client did not sign the x-k8s-aws-id header in the pre-signed URL');
  const rawExpires = lower.get('x-amz-expires') ?? '';
  const expires = /^[+-]?\d+$/.test(rawExpires) ? Number(rawExpires) : 0;
  if (!/^[+-]?\d+$/.test(rawExpires) || expires < 0 || expires > 900)
    throw format(`invalid X-Amz-Expires parameter in pre-signed URL: ${expires}`);
  const date = lower.get('x-amz-date') ?? '';
  if (!date) throw format('X-Amz-Date parameter must be present in pre-signed URL');
  const credential = lower.get('x-amz-credential') ?? '';
  const accessKeyId = credential.split('/')[0] ?? '';
  const signedAt = parseAmzDate(date);
  if (Number.isNaN(signedAt))
    throw format(
      `error parsing X-Amz-Date parameter ${date} into format 20060102T150405Z: parsing time ${q(date)} as "20060102T150405Z"`,
    );
  if (o.now() > signedAt + EXPIRATION_MS)
    throw format(`X-Amz-Date parameter is expired (15 minute expiration) ${goTime(signedAt)}`);

  // The real one names the region from the host (sts.<region>.amazonaws.com); a loopback host has
  // none, so the credential scope's region stands in for it.
  const region = credential.split('/')[2] ?? '';
  let response: Response;
  try {
    response = await fetch(`http://${host}${rawPath}?${rawQuery}`, {
      headers: { 'x-k8s-aws-id': o.clusterId, accept: 'application/json' },
      signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    throw sts(`error during GET: ${cause} on ${region} endpoint`);
  }
  const body = await response.text();
  if (response.status !== 200) {
    if (body.includes('Throttling')) throw new VerifyError('throttled', body);
    throw sts(
      `error from AWS (expected 200, got ${response.status}) on ${region} endpoint. Body: ${body}`,
    );
  }
  let result: { Arn?: unknown; Account?: unknown; UserId?: unknown } = {};
  try {
    const doc = JSON.parse(body) as {
      GetCallerIdentityResponse?: { GetCallerIdentityResult?: typeof result };
    };
    result = doc?.GetCallerIdentityResponse?.GetCallerIdentityResult ?? {};
  } catch (err) {
    throw sts((err as Error).message);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const [arn, accountId, rawUserId] = [str(result.Arn), str(result.Account), str(result.UserId)];
  let principal: { type: string; canonical: string };
  try {
    principal = canonicalize(arn);
  } catch (err) {
    throw sts((err as Error).message);
  }
  let userId = rawUserId;
  let sessionName = '';
  if (!['federated-user', 'user', 'root'].includes(principal.type)) {
    const parts = rawUserId.split(':');
    if (parts.length !== 2) throw sts(`malformed UserID ${q(rawUserId)}`);
    [userId = '', sessionName = ''] = parts;
  }
  const canonicalArn = principal.canonical;
  return { arn, canonicalArn, accountId, userId, sessionName, accessKeyId, stsEndpoint: host };
}
