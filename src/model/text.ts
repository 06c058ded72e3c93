/** Small string helpers that stay linear on hostile input. */

/** A size for people: `9.0 MiB` (of bytes, or of characters where the text is ASCII). */
export const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/**
 * `s` without its trailing characters that are in `chars`, in one backward pass. A `/[…]+$/`
 * regex retries the run from every start position: quadratic (50,000 slashes then a letter take
 * ~2 s).
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] as string)) end--;
  return s.slice(0, end);
}
