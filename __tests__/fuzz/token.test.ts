/** Fuzz: bearer tokens — JWTs (bad segments, huge and wrongly typed claims) and EKS tokens. */
import { describe, it } from '@jest/globals';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { SecretSet } from '../../src/gather/secrets.js';
import { describeToken, normalizeFileToken } from '../../src/gather/token.js';
import { decodeEksToken, parseAmzDate } from '../../src/gather/token/eks.js';
import { parseGoQuery, queryUnescape, splitUrl } from '../../src/gather/token/go-url.js';
import { decodeJwt } from '../../src/gather/token/jwt.js';
import { amzDate } from '../helpers/tokens.js';
import { eksToken, huge, jwt, special, text, token } from './arbitraries/index.js';
import { checkMessage, ensure, fuzz, holdsSecret, TIMEOUT } from './budget.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const checkMessages = (messages: string[]) => messages.forEach(checkMessage);
const iso = (t: string | undefined) => ensure(t === undefined || ISO.test(t), 'a time', t);

/** describeToken: the facts, none of the masked values in them, and no decoder crash behind them. */
function describeChecked(raw: string): void {
  const masked: string[] = [];
  const facts = describeToken(raw, new SecretSet((s) => masked.push(s)));
  ensure(['jwt', 'eks', 'opaque'].includes(facts.format), 'a format', facts.format);
  ensure(/^[0-9a-f]{16}$/.test(facts.fingerprint), 'a fingerprint', facts.fingerprint);
  ensure(facts.length === Buffer.byteLength(raw), 'the length');
  if (facts.malformed !== undefined) {
    checkMessage(facts.malformed);
    // describeToken catches what a decoder throws; a decoder that throws is a bug all the same.
    ensure(
      !facts.malformed.includes('it could not be decoded'),
      'a decoder threw',
      facts.malformed,
    );
  }
  [facts.issuedAt, facts.notBefore, facts.expiresAt].forEach(iso);
  ensure(raw.trim().length < 4 || masked.includes(raw), 'the token was not masked');
  ensure(holdsSecret(facts, masked).length === 0, 'a secret in the facts', facts);
}

/**
 * The audience a token's claims hold, read independently: 3 segments, a payload of base64url (up
 * to two `=`, not 4n+1 long) holding a JSON object whose `aud` is a string or strings (RFC 7519).
 */
function audienceOf(token: string): string[] | undefined {
  const parts = token.split('.');
  const payload = parts.length === 3 ? /^([\w-]+)={0,2}$/.exec(parts[1] ?? '')?.[1] : undefined;
  if (payload === undefined || payload.length % 4 === 1) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return undefined;
  const aud = (claims as { aud?: unknown }).aud;
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) && aud.every((a) => typeof a === 'string') ? aud : undefined;
}

/**
 * Go's QueryUnescape where decodeURIComponent agrees with it (UTF-8 escapes), or null. Text with
 * a lone surrogate is left out: it has no UTF-8 form (a Go string cannot hold one).
 */
function unescapedOf(text: string): string | undefined | null {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return undefined; // a bad escape
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    return null;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null; // escapes that are not UTF-8: Go keeps the bytes, JavaScript cannot say
  }
}

describe('fuzz: tokens', () => {
  it(
    'describeToken: any token is described, never kept',
    () => {
      fuzz('token/describeToken', 3000, token, describeChecked);
    },
    TIMEOUT,
  );

  it(
    'decodeJwt: claims, or every defect named',
    () => {
      fuzz('token/decodeJwt', 2000, fc.oneof(jwt, text), (t) => {
        const r = decodeJwt(t);
        checkMessages(r.problems);
        const aud = audienceOf(t);
        ensure(isDeepStrictEqual(r.fields.audience, aud), 'an audience', [t, r.fields, aud]);
        [r.fields.issuedAt, r.fields.notBefore, r.fields.expiresAt].forEach(iso);
      });
    },
    TIMEOUT,
  );

  it(
    'decodeEksToken: the presigned URL read as the authenticator reads it, or why not',
    () => {
      const input = fc.oneof(
        eksToken,
        text.map((t) => `k8s-aws-v1.${t}`),
      );
      fuzz('token/decodeEksToken', 2000, input, (t) => {
        const r = decodeEksToken(t, new SecretSet());
        if (!r.ok) return checkMessages([r.malformed]);
        checkMessages(r.eks.problems);
        iso(r.eks.signedAt || undefined);
        const expires = r.eks.expiresParam;
        ensure(expires === undefined || Number.isFinite(expires), 'X-Amz-Expires', expires);
      });
    },
    TIMEOUT,
  );

  it(
    'parseAmzDate, splitUrl, parseGoQuery, queryUnescape: values, never throws',
    () => {
      const date = fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => amzDate(d)),
        fc.stringMatching(/^\d{8}T\d{6}Z$/),
        text,
      );
      const url = fc.oneof(
        text,
        special,
        eksToken.map((t) => Buffer.from(t.slice(11), 'base64url').toString()),
      );
      fuzz('token/go-url', 2000, fc.tuple(date, url), ([d, u]) => {
        const time = parseAmzDate(d);
        ensure(time === undefined || amzDate(new Date(time)) === d, 'a time read back', [d, time]);
        const split = splitUrl(u);
        if (typeof split === 'string') checkMessage(split);
        else {
          const error = parseGoQuery(split.rawQuery).error;
          if (error !== undefined) checkMessage(error);
        }
        const [got, want] = [queryUnescape(u), unescapedOf(u)];
        ensure(want === null || got === want, 'QueryUnescape', [u, got, want]);
        const plain = Buffer.from(u, 'utf8').toString('utf8'); // lone surrogates replaced
        ensure(queryUnescape(encodeURIComponent(plain)) === plain, 'an escape read back', u);
      });
    },
    TIMEOUT,
  );

  it(
    'huge tokens (up to ~1 MB): linear time',
    () => {
      fuzz('token/huge', 40, huge, (t) => {
        normalizeFileToken(t);
        describeChecked(t);
        describeChecked(`k8s-aws-v1.${t}`);
        decodeJwt(t);
      });
    },
    TIMEOUT,
  );
});
