/** Describes a bearer token without keeping it: format, fingerprint, validity window and defects. */
import { createHash } from 'node:crypto';
import type { TokenFacts } from '../model/materials.js';
import type { SecretSet } from './secrets.js';
import { trimEndOf } from '../model/text.js';
import { codePoint, indexWhere, isControl } from './token/chars.js';
import { decodeEksToken, EKS_PREFIX, EKS_TOKEN_LIFETIME_SECONDS } from './token/eks.js';
import { decodeJwt, looksLikeJwt } from './token/jwt.js';

/** Tokens above this size are not decoded (a bearer token this big is a pasted file, not a token). */
export const MAX_DECODE_BYTES = 64 * 1024;

/** Go's unicode.IsSpace set, which strings.TrimSpace strips (JS trim() differs: U+0085, U+FEFF). */
const GO_SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const IS_GO_SPACE = new RegExp(`[${GO_SPACE}]`);

/**
 * The token client-go sends for a `tokenFile`: the file's content with leading and trailing
 * whitespace removed (`strings.TrimSpace` in transport's cached file token source). A loop, not
 * `/^\s+|\s+$/g`: that regex is quadratic in a run of inner whitespace (40,000 spaces took 1.4 s).
 */
export function normalizeFileToken(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && IS_GO_SPACE.test(text[start] as string)) start++;
  while (end > start && IS_GO_SPACE.test(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** First 16 hex characters of the token's SHA-256: compares tokens without revealing them. */
export function tokenFingerprint(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex').slice(0, 16);
}

/** Characters that break `Authorization: Bearer <token>` on the way to or inside the API server. */
function headerProblems(raw: string): string[] {
  if (raw === '') return ['the token is empty'];
  const problems: string[] = [];
  const ctl = indexWhere(raw, (c) => isControl(c, true));
  if (ctl >= 0) {
    const what = raw[ctl] === '\n' || raw[ctl] === '\r' ? 'a line break' : 'a control character';
    problems.push(
      `it contains ${what} (${codePoint(raw.charCodeAt(ctl))}) at position ${ctl}: Go's HTTP client refuses to send it ` +
        '(`net/http: invalid header field value for "Authorization"`)',
    );
  }
  if (/^[ \t]/.test(raw)) {
    problems.push(
      'it starts with whitespace: the API server splits "Bearer <token>" on spaces, finds an empty token ' +
        'and does not authenticate the request (it runs as system:anonymous, or gets 401)',
    );
  }
  const inner = trimEndOf(raw, ' \t').slice(1).search(/[ \t]/);
  if (inner >= 0) {
    problems.push(
      `it contains whitespace at position ${inner + 1}: the API server keeps only the part before it, so authentication fails (401)`,
    );
  }
  const wide = indexWhere(raw, (c) => c > 0x7f);
  if (wide >= 0) {
    const ch = raw.codePointAt(wide) ?? 0;
    const name =
      ch === 0xfeff
        ? ' (a byte-order mark)'
        : ch >= 0x200b && ch <= 0x200d
          ? ' (a zero-width space)'
          : '';
    problems.push(
      `it contains the non-ASCII character ${codePoint(ch)}${name} at position ${wide}: tokens are ASCII, so it cannot match`,
    );
  }
  return problems;
}

function formatOf(core: string): TokenFacts['format'] {
  if (core.startsWith(EKS_PREFIX)) return 'eks';
  return looksLikeJwt(core) ? 'jwt' : 'opaque';
}

/** Adds what decoding the token's body reveals (claims, EKS URL facts) and any decoding defects. */
function decodeBody(facts: TokenFacts, core: string, secrets: SecretSet, problems: string[]): void {
  if (facts.format === 'jwt') {
    const jwt = decodeJwt(core);
    Object.assign(facts, jwt.fields);
    problems.push(...jwt.problems);
  } else if (facts.format === 'eks') {
    const eks = decodeEksToken(core, secrets);
    if (!eks.ok) {
      problems.push(eks.malformed);
      return;
    }
    facts.eks = eks.eks;
    if (eks.eks.signedAt) {
      const signed = Date.parse(eks.eks.signedAt);
      facts.issuedAt = eks.eks.signedAt;
      facts.notBefore = eks.eks.signedAt;
      facts.expiresAt = new Date(signed + EKS_TOKEN_LIFETIME_SECONDS * 1000).toISOString();
    }
  }
}

/**
 * Registers the token (and, for EKS, its presigned URL, session token and signature) as secrets,
 * then describes it. Decodes only: signatures are not verified. Never throws.
 */
export function describeToken(raw: string, secrets: SecretSet): TokenFacts {
  secrets.add(raw);
  const length = Buffer.byteLength(raw, 'utf8');
  const core = normalizeFileToken(raw).replace(/^\ufeff/, '');
  const facts: TokenFacts = { format: formatOf(core), fingerprint: tokenFingerprint(raw), length };
  const problems = headerProblems(raw);
  if (length > MAX_DECODE_BYTES) {
    problems.push(
      `the token is ${length} bytes, over the ${MAX_DECODE_BYTES / 1024} KiB decoding limit, so it was not decoded ` +
        '(was a whole file pasted in place of the token?)',
    );
  } else {
    try {
      decodeBody(facts, core, secrets, problems);
    } catch (err) {
      problems.push(`it could not be decoded (${(err as Error).message})`);
    }
  }
  if (problems.length > 0) facts.malformed = problems.join('; ');
  return facts;
}
