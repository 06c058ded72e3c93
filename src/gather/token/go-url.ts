/** Splits a URL and parses its query the way Go's net/url does, so we see what the authenticator sees. */
import { indexWhere, isControl } from './chars.js';

export interface RawUrl {
  /** Lower-cased, as Go's url.Parse returns it. */
  scheme: string;
  /** Host and port exactly as written (Go keeps `:443`; WHATWG URL would drop it). */
  host: string;
  /** Unescaped path. */
  path: string;
  rawQuery: string;
}

export interface GoQuery {
  /** Keys in first-seen order, each with every value given. */
  values: Map<string, string[]>;
  /** First parse error, like url.ParseQuery's (semicolons, bad %-escapes). */
  error?: string;
}

const URL_SHAPE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/s;

/** Splits an absolute URL, or says why it cannot (as net/url would refuse it). */
export function splitUrl(text: string): RawUrl | string {
  const ctl = indexWhere(text, (c) => isControl(c));
  if (ctl >= 0) return `net/url: invalid control character in URL (at byte ${ctl})`;
  const m = URL_SHAPE.exec(text);
  if (!m) return 'not an absolute URL (expected https://sts.<region>.amazonaws.com/?…)';
  const authority = m[2] ?? '';
  const path = queryUnescape(m[3] ?? '', false);
  if (path === undefined) return 'net/url: invalid URL escape in the path';
  return {
    scheme: (m[1] ?? '').toLowerCase(),
    host: authority.slice(authority.lastIndexOf('@') + 1),
    path,
    rawQuery: m[4] ?? '',
  };
}

/** Go's url.QueryUnescape (or PathUnescape when plusIsSpace is false); undefined on a bad escape. */
export function queryUnescape(text: string, plusIsSpace = true): string | undefined {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return undefined;
  const spaced = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  // Runs between escapes are encoded whole: one UTF-16 unit at a time split astral characters
  // (an emoji's two surrogates became two U+FFFD), where Go keeps the bytes.
  const parts: Buffer[] = [];
  let run = 0;
  for (let i = spaced.indexOf('%'); i >= 0; i = spaced.indexOf('%', run)) {
    parts.push(Buffer.from(spaced.slice(run, i), 'utf8'));
    parts.push(Buffer.from([parseInt(spaced.slice(i + 1, i + 3), 16)]));
    run = i + 3;
  }
  parts.push(Buffer.from(spaced.slice(run), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}

/** Go's url.ParseQuery: `&`-separated, semicolons rejected, empty pairs skipped. */
export function parseGoQuery(rawQuery: string): GoQuery {
  const values = new Map<string, string[]>();
  let error: string | undefined;
  for (const pair of rawQuery.split('&')) {
    if (pair.includes(';')) {
      error ??= 'invalid semicolon separator in query';
      continue;
    }
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = queryUnescape(eq < 0 ? pair : pair.slice(0, eq));
    const value = queryUnescape(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === undefined || value === undefined) {
      const name =
        eq > 0 && /^[A-Za-z0-9-]{1,40}$/.test(pair.slice(0, eq)) ? pair.slice(0, eq) : '';
      error ??= `invalid URL escape in query parameter${name ? ` "${name}"` : ''}`;
      continue;
    }
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return error ? { values, error } : { values };
}
