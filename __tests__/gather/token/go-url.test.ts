import { describe, expect, it } from '@jest/globals';
import { decodeBase64Url } from '../../../src/gather/token/base64url.js';
import { parseGoQuery, queryUnescape, splitUrl } from '../../../src/gather/token/go-url.js';

describe('splitUrl (net/url semantics)', () => {
  it('keeps an explicit port and an empty path, which WHATWG URL would normalise away', () => {
    expect(splitUrl('HTTPS://sts.amazonaws.com:443?A=1')).toEqual({
      scheme: 'https',
      host: 'sts.amazonaws.com:443',
      path: '',
      rawQuery: 'A=1',
    });
  });

  it('drops user info from the host and unescapes the path', () => {
    expect(splitUrl('https://u:p@sts.amazonaws.com/%2F?x')).toMatchObject({
      host: 'sts.amazonaws.com',
      path: '//',
    });
  });

  it.each([
    ['a relative URL', '/just/a/path', /not an absolute URL/],
    ['a control character', 'https://h/\u0001', /invalid control character in URL \(at byte 10\)/],
    ['a bad escape in the path', 'https://h/%zz', /invalid URL escape/],
  ])('refuses %s', (_, url, expected) => {
    expect(splitUrl(url)).toMatch(expected);
  });
});

describe('parseGoQuery (url.ParseQuery semantics)', () => {
  it('collects repeated keys, decodes + and %XX, skips empty pairs', () => {
    const q = parseGoQuery('a=1&&a=2&b=x+y%2Fz&c');
    expect([...q.values]).toEqual([
      ['a', ['1', '2']],
      ['b', ['x y/z']],
      ['c', ['']],
    ]);
    expect(q.error).toBeUndefined();
  });

  it('reports semicolons and bad escapes without showing values', () => {
    expect(parseGoQuery('a=1;b=2').error).toBe('invalid semicolon separator in query');
    expect(parseGoQuery('X-Amz-Signature=ab%G1').error).toBe(
      'invalid URL escape in query parameter "X-Amz-Signature"',
    );
    expect(queryUnescape('%e2%82%ac')).toBe('€');
  });

  it('keeps raw astral characters and mixes them with escapes, as Go does', () => {
    expect(queryUnescape('😀+%F0%9F%98%80&x')).toBe('😀 😀&x');
    expect(queryUnescape('a%2Bb+c', false)).toBe('a+b+c');
  });
});

describe('decodeBase64Url', () => {
  it('decodes unpadded input and, when allowed, padded input', () => {
    expect(decodeBase64Url('aGk', false)).toEqual({ ok: true, bytes: Buffer.from('hi') });
    expect(decodeBase64Url('aGk=', true)).toEqual({ ok: true, bytes: Buffer.from('hi') });
    expect(decodeBase64Url('aGk=', false)).toEqual({
      ok: false,
      detail: "illegal base64 data at input byte 3: '='",
    });
  });

  it('names standard-base64 characters and truncation', () => {
    expect(decodeBase64Url('ab/c', false)).toMatchObject({
      detail: expect.stringContaining('(standard base64, not base64url)'),
    });
    expect(decodeBase64Url('abcde', false)).toMatchObject({
      detail: expect.stringContaining('input byte 4 (truncated'),
    });
    expect(decodeBase64Url('ab\u200b', false)).toMatchObject({
      detail: expect.stringContaining('U+200B'),
    });
  });
});
