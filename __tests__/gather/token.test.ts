import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  describeToken,
  MAX_DECODE_BYTES,
  normalizeFileToken,
  tokenFingerprint,
} from '../../src/gather/token.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { makeEksToken, makeJwt } from '../helpers/tokens.js';

const jwt = makeJwt({ sub: 'system:serviceaccount:deploy:ci', exp: 2000000000 });

describe('normalizeFileToken (client-go strings.TrimSpace)', () => {
  it.each([
    ['a trailing newline', `${jwt}\n`, jwt],
    ['CRLF and spaces', `  ${jwt} \r\n`, jwt],
    [
      'NEL and no-break space, which Go trims and JS trim() partly does not',
      `\u0085${jwt}\u00a0`,
      jwt,
    ],
    ['only whitespace', ' \n\t ', ''],
    ['inner whitespace, which stays', 'ab cd\n', 'ab cd'],
    ['a byte-order mark, which Go does not trim', `\ufeff${jwt}\n`, `\ufeff${jwt}`],
  ])('handles %s', (_, text, expected) => {
    expect(normalizeFileToken(text)).toBe(expected);
  });
});

describe('describeToken', () => {
  it('fingerprints with the first 16 hex of sha256 and registers the token first', () => {
    const order: string[] = [];
    const facts = describeToken(jwt, new SecretSet((s) => order.push(s)));
    expect(facts.fingerprint).toBe(createHash('sha256').update(jwt).digest('hex').slice(0, 16));
    expect(tokenFingerprint(`${jwt}x`)).not.toBe(facts.fingerprint);
    expect(order[0]).toBe(jwt);
    expect(facts.length).toBe(jwt.length);
  });

  it.each([
    ['a kubeadm-style static token', 'abcdef.0123456789abcdef'],
    ['a Google access token', 'ya29.a0AfB_byC-EXAMPLE-EXAMPLE-EXAMPLE'],
    ['three segments that are not a JWT', 'abc.def.ghi'],
  ])('treats %s as opaque and finds nothing wrong', (_, token) => {
    const facts = describeToken(token, new SecretSet());
    expect(facts.format).toBe('opaque');
    expect(facts.malformed).toBeUndefined();
    expect(facts.expiresAt).toBeUndefined();
  });

  it.each([
    [
      'a trailing newline (YAML block scalar)',
      `${jwt}\n`,
      /line break \(U\+000A\) at position \d+: Go's HTTP client refuses/,
    ],
    ['a leading space', ` ${jwt}`, /starts with whitespace.*system:anonymous/],
    [
      'a space inside',
      'abcdef 0123456789abcdef',
      /whitespace at position 6: the API server keeps only the part before it/,
    ],
    ['a zero-width space', `${jwt}\u200b`, /non-ASCII character U\+200B \(a zero-width space\)/],
    ['a byte-order mark', `\ufeff${jwt}`, /U\+FEFF \(a byte-order mark\) at position 0/],
    ['nothing', '', /the token is empty/],
  ])('is malformed with %s', (_, token, expected) => {
    const facts = describeToken(token, new SecretSet());
    expect(facts.malformed).toMatch(expected);
  });

  it('still reads the claims of a JWT with stray whitespace', () => {
    const facts = describeToken(`${jwt}\n`, new SecretSet());
    expect(facts).toMatchObject({ format: 'jwt', expiresAt: '2033-05-18T03:33:20.000Z' });
  });

  it('does not decode a token over 64 KiB, and says so', () => {
    const huge = `eyJ${'A'.repeat(MAX_DECODE_BYTES)}`;
    const facts = describeToken(huge, new SecretSet());
    expect(facts.format).toBe('jwt');
    expect(facts.malformed).toMatch(
      /is 65539 bytes, over the 64 KiB decoding limit, so it was not decoded/,
    );
    expect(facts.subject).toBeUndefined();
  });

  it('classifies EKS tokens by prefix', () => {
    const token = makeEksToken({ date: new Date('2026-11-24T11:55:00Z') });
    expect(describeToken(token, new SecretSet()).format).toBe('eks');
  });

  it('never throws, whatever it is given', () => {
    const inputs = [
      '.',
      '..',
      'eyJ',
      'eyJ.',
      'k8s-aws-v1.',
      'k8s-aws-v1.=',
      '\u0000',
      'eyJ.eyJ.eyJ',
      'a'.repeat(70000),
    ];
    for (const input of inputs) expect(() => describeToken(input, new SecretSet())).not.toThrow();
  });
});
