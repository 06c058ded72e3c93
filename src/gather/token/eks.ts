/** EKS `k8s-aws-v1.` tokens: decode the presigned STS URL and list what the authenticator or STS rejects. */
import type { EksTokenFacts } from '../../model/materials.js';
import type { SecretSet } from '../secrets.js';
import { decodeBase64Url } from './base64url.js';
import { parseGoQuery, splitUrl, type GoQuery } from './go-url.js';

export const EKS_PREFIX = 'k8s-aws-v1.';
/** aws-iam-authenticator `maxTokenLenBytes`. */
const MAX_TOKEN_BYTES = 4096;
/** STS honours a presigned GetCallerIdentity URL for 15 minutes after X-Amz-Date. */
export const EKS_TOKEN_LIFETIME_SECONDS = 15 * 60;

const ALLOWED_PARAMS = new Set([
  'action',
  'version',
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-security-token',
  'x-amz-signature',
  'x-amz-signedheaders',
]);
/** Query values that are secrets: masked before anything reads them. */
const SECRET_PARAMS = new Set(['x-amz-security-token', 'x-amz-signature']);
/** STS domains of every partition, plain and dual-stack (aws-iam-authenticator pkg/endpoints). */
const STS_DOMAINS = new Set([
  'amazonaws.com',
  'amazonaws.com.cn',
  'amazonaws.eu',
  'c2s.ic.gov',
  'sc2s.sgov.gov',
  'cloud.adc-e.uk',
  'csp.hci.ic.gov',
  'api.aws',
  'api.amazonwebservices.com.cn',
  'api.amazonwebservices.eu',
]);
const REGION_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
const GLOBAL_HOST = 'sts.amazonaws.com';

export type EksResult = { ok: true; eks: EksTokenFacts } | { ok: false; malformed: string };

/** `20261124T084114Z` → ISO 8601, or undefined when it is not a real time in that layout. */
export function parseAmzDate(text: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const exact =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s;
  return exact ? date.toISOString() : undefined;
}

/** Region of an STS host, as the authenticator reads it (`global` → us-east-1), or undefined. */
function hostRegion(host: string): string | undefined {
  if (host === GLOBAL_HOST) return 'us-east-1';
  const m = /^sts(?:-fips)?\.([^.]+)\.(.+)$/.exec(host);
  return m?.[1] && REGION_LABEL.test(m[1]) && STS_DOMAINS.has(m[2] ?? '') ? m[1] : undefined;
}

function maskQuerySecrets(rawQuery: string, query: GoQuery, secrets: SecretSet): void {
  for (const pair of rawQuery.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && SECRET_PARAMS.has(pair.slice(0, eq).toLowerCase()))
      secrets.add(pair.slice(eq + 1));
  }
  for (const [key, values] of query.values) {
    if (SECRET_PARAMS.has(key.toLowerCase())) values.forEach(secrets.add);
  }
}

/** Query checks in the authenticator's order (duplicates, allow-list, action, signed header, expiry). */
function queryProblems(query: GoQuery, lower: Map<string, string>): string[] {
  const problems: string[] = [];
  if (query.error) problems.push(`malformed query parameter (${query.error})`);
  const seen = new Map<string, string>();
  for (const [key, values] of query.values) {
    const low = key.toLowerCase();
    if (seen.has(low))
      problems.push(`duplicate query parameter found: "${key}" (also given as "${seen.get(low)}")`);
    else seen.set(low, key);
    if (!ALLOWED_PARAMS.has(low)) problems.push(`non-whitelisted query parameter "${key}"`);
    if (values.length !== 1) {
      problems.push(
        `query parameter with multiple values not supported ("${key}" is given ${values.length} times)`,
      );
    }
  }
  const action = lower.get('action');
  if (action !== 'GetCallerIdentity') {
    problems.push(
      `unexpected action parameter in pre-signed URL (${action === undefined ? 'no Action' : `Action=${action}`}, expected GetCallerIdentity)`,
    );
  }
  const signed = (lower.get('x-amz-signedheaders') ?? '').split(';');
  if (!signed.some((h) => h.toLowerCase() === 'x-k8s-aws-id')) {
    problems.push('client did not sign the x-k8s-aws-id header in the pre-signed URL');
  }
  const expires = lower.get('x-amz-expires') ?? '';
  if (!/^[+-]?\d+$/.test(expires) || Number(expires) < 0 || Number(expires) > 900) {
    problems.push(
      `invalid X-Amz-Expires parameter in pre-signed URL: ${expires === '' ? 'missing' : JSON.stringify(expires)} (must be an integer from 0 to 900)`,
    );
  }
  const date = lower.get('x-amz-date');
  if (!date) problems.push('X-Amz-Date parameter must be present in pre-signed URL');
  else if (!parseAmzDate(date)) {
    problems.push(
      `error parsing X-Amz-Date parameter ${JSON.stringify(date)} into format 20060102T150405Z`,
    );
  }
  return problems;
}

/** What STS itself refuses after the authenticator forwards the URL. */
function signatureProblems(lower: Map<string, string>, region: string | undefined): string[] {
  const problems: string[] = [];
  if (lower.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') {
    problems.push('X-Amz-Algorithm is not AWS4-HMAC-SHA256: STS rejects the signature');
  }
  if (!lower.get('x-amz-signature'))
    problems.push('X-Amz-Signature is missing: the URL is not signed');
  const credential = lower.get('x-amz-credential');
  const [akid = '', day = '', scopeRegion = '', service = '', terminator = ''] = (
    credential ?? ''
  ).split('/');
  if (
    !credential ||
    !akid ||
    (credential.match(/\//g) ?? []).length !== 4 ||
    terminator !== 'aws4_request'
  ) {
    problems.push(
      'X-Amz-Credential is not <access-key-id>/<yyyymmdd>/<region>/sts/aws4_request: STS rejects the signature',
    );
    return problems;
  }
  if (service !== 'sts')
    problems.push(
      `the credential scope names service "${service}", not "sts": STS rejects the signature`,
    );
  if (region && scopeRegion !== region) {
    problems.push(
      `the signature is scoped to region "${scopeRegion}" but the URL goes to the ${region} STS endpoint: STS rejects it ("Credential should be scoped to a valid region")`,
    );
  }
  const date = lower.get('x-amz-date') ?? '';
  if (parseAmzDate(date) && day !== date.slice(0, 8)) {
    problems.push(
      `the credential scope date ${day} is not the day of X-Amz-Date ${date}: STS rejects the signature`,
    );
  }
  if (akid.startsWith('ASIA') && !lower.has('x-amz-security-token')) {
    problems.push(
      'the access key is temporary (ASIA…) but X-Amz-Security-Token is missing: STS rejects it',
    );
  }
  return problems;
}

/** Decodes an EKS token; registers the URL, session token and signature as secrets before use. */
export function decodeEksToken(token: string, secrets: SecretSet): EksResult {
  const problems: string[] = [];
  const size = Buffer.byteLength(token, 'utf8');
  if (size > MAX_TOKEN_BYTES)
    problems.push(
      `token is too large (${size} bytes; the authenticator accepts at most ${MAX_TOKEN_BYTES})`,
    );
  const body = token.slice(EKS_PREFIX.length);
  const fail = (reason: string): EksResult => ({
    ok: false,
    malformed: [...problems, reason].join('; '),
  });
  if (body === '') return fail(`nothing follows the "${EKS_PREFIX}" prefix`);
  let decoded = decodeBase64Url(body, false);
  if (!decoded.ok) {
    const padded = decodeBase64Url(body, true);
    if (!padded.ok)
      return fail(`the text after "${EKS_PREFIX}" is not base64url: ${decoded.detail}`);
    problems.push(
      `${decoded.detail}: the authenticator decodes unpadded base64url (Go RawURLEncoding), so "=" padding makes it reject the token`,
    );
    decoded = padded;
  }
  const urlText = decoded.bytes.toString('utf8');
  secrets.add(urlText);
  const url = splitUrl(urlText);
  if (typeof url === 'string') return fail(`the decoded pre-signed URL cannot be parsed: ${url}`);
  const query = parseGoQuery(url.rawQuery);
  maskQuerySecrets(url.rawQuery, query, secrets);

  const lower = new Map<string, string>();
  for (const [key, values] of query.values)
    if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), values[0] ?? '');
  if (url.scheme !== 'https') problems.push(`unexpected scheme "${url.scheme}" in pre-signed URL`);
  const region = hostRegion(url.host);
  if (!region)
    problems.push(
      `unexpected hostname "${url.host}" in pre-signed URL (expected sts.<region>.amazonaws.com or ${GLOBAL_HOST})`,
    );
  if (url.path !== '/')
    problems.push(`unexpected path in pre-signed URL (${JSON.stringify(url.path)}, expected "/")`);
  problems.push(...queryProblems(query, lower), ...signatureProblems(lower, region));

  const credential = (lower.get('x-amz-credential') ?? '').split('/');
  const accessKeyPrefix = (credential[0] ?? '').slice(0, 4);
  const expires = lower.get('x-amz-expires') ?? '';
  const eks: EksTokenFacts = {
    host: url.host,
    region: region ?? credential[2] ?? '',
    signedAt: parseAmzDate(lower.get('x-amz-date') ?? '') ?? '',
    accessKeyPrefix,
    temporaryCredentials: lower.has('x-amz-security-token') || accessKeyPrefix === 'ASIA',
    signedHeaders: (lower.get('x-amz-signedheaders') ?? '').split(';').filter(Boolean),
    problems,
  };
  if (/^[+-]?\d+$/.test(expires)) eks.expiresParam = Number(expires);
  return { ok: true, eks };
}
