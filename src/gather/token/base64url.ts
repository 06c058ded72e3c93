/** base64url as Go's RawURLEncoding reads it, with an option to tolerate `=` padding. */
import { codePoint } from './chars.js';

export type Base64UrlResult = { ok: true; bytes: Buffer } | { ok: false; detail: string };

/**
 * Decodes base64url. Errors name the byte offset the way Go does
 * (`illegal base64 data at input byte N`), plus the offending character.
 */
export function decodeBase64Url(text: string, allowPadding: boolean): Base64UrlResult {
  let body = text;
  if (allowPadding) {
    // One or two trailing "=" (counted, not matched with /=+$/: quadratic in a run of "=").
    let pad = 0;
    while (pad <= 2 && text[text.length - 1 - pad] === '=') pad++;
    if (pad >= 1 && pad <= 2) body = text.slice(0, text.length - pad);
  }
  const bad = body.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) {
    const ch = body.codePointAt(bad) ?? 0;
    const shown = ch >= 0x21 && ch <= 0x7e ? `'${String.fromCodePoint(ch)}'` : codePoint(ch);
    const hint = ch === 0x2b || ch === 0x2f ? ' (standard base64, not base64url)' : '';
    return {
      ok: false,
      detail: `illegal base64 data at input byte ${bad}: ${shown}${hint}`,
    };
  }
  if (body.length % 4 === 1) {
    return {
      ok: false,
      detail: `illegal base64 data at input byte ${body.length - 1} (truncated: length ${body.length} is 1 more than a multiple of 4)`,
    };
  }
  return { ok: true, bytes: Buffer.from(body, 'base64url') };
}
