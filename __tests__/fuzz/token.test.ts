/** Fuzz: bearer tokens — JWTs (bad segments, huge and wrongly typed claims) and EKS tokens. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SecretSet } from '../../src/gather/secrets.js';
import { describeToken, normalizeFileToken } from '../../src/gather/token.js';
import { decodeEksToken, parseAmzDate } from '../../src/gather/token/eks.js';
import { parseGoQuery, queryUnescape, splitUrl } from '../../src/gather/token/go-url.js';
import { decodeJwt } from '../../src/gather/token/jwt.js';
import { amzDate } from '../helpers/tokens.js';
import { eksToken, huge, jwt, special, text, token } from './arbitraries.js';
import { fuzz, STACK_TRACE, TIMEOUT } from './budget.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function checkMessages(messages: string[]): void {
  for (const m of messages) {
    expect(typeof m).toBe('string');
    expect(m).not.toBe('');
    expect(m).not.toMatch(STACK_TRACE);
  }
}

/** describeToken: the facts, none of the masked values in them, and no decoder crash behind them. */
function describeChecked(raw: string): void {
  const masked: string[] = [];
  const facts = describeToken(raw, new SecretSet((s) => masked.push(s)));
  expect(['jwt', 'eks', 'opaque']).toContain(facts.format);
  expect(facts.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  expect(facts.length).toBe(Buffer.byteLength(raw));
  if (facts.malformed !== undefined) {
    checkMessages([facts.malformed]);
    // describeToken catches what a decoder throws; a decoder that throws is a bug all the same.
    expect(facts.malformed).not.toContain('it could not be decoded');
  }
  for (const t of [facts.issuedAt, facts.notBefore, facts.expiresAt]) if (t) expect(t).toMatch(ISO);
  if (raw.trim().length >= 4) expect(masked).toContain(raw);
  const json = JSON.stringify(facts);
  for (const m of masked) if (m.length >= 12) expect(json).not.toContain(m);
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
        if (r.fields.audience) expect(Array.isArray(r.fields.audience)).toBe(true);
        for (const v of [r.fields.issuedAt, r.fields.notBefore, r.fields.expiresAt])
          if (v) expect(v).toMatch(ISO);
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
        if (r.eks.signedAt) expect(r.eks.signedAt).toMatch(ISO);
        if (r.eks.expiresParam !== undefined)
          expect(Number.isFinite(r.eks.expiresParam)).toBe(true);
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
        const iso = parseAmzDate(d);
        if (iso !== undefined) expect(amzDate(new Date(iso))).toBe(d);
        const split = splitUrl(u);
        if (typeof split !== 'string')
          checkMessages(
            parseGoQuery(split.rawQuery).error
              ? [parseGoQuery(split.rawQuery).error as string]
              : [],
          );
        const unescaped = queryUnescape(u);
        if (unescaped !== undefined) expect(typeof unescaped).toBe('string');
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
