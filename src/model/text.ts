/** Small string helpers that stay linear on hostile input. */

/**
 * `s` without its trailing `ch` characters, in one backward pass. A `/ch+$/` regex retries the
 * run from every start position: quadratic (50,000 slashes then a letter take ~2 s).
 */
export function trimEndChar(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}
