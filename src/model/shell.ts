/** Names inside printed commands, as the shell must read them: one word each. Pure. */

const PLAIN = /^[A-Za-z0-9_.:/@%+=,-]+$/;
/** What cannot sit inside a markdown code span or a shell word at all. */
const UNPRINTABLE = /[`\n\r\0]/;

const quoted = (s: string) => (PLAIN.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** A name as one shell word; undefined when it cannot be shown safely in a code span. */
export function shellWord(name: string | undefined): string | undefined {
  // A leading dash would be read as a flag, quoted or not.
  if (!name || name.length > 253 || name.startsWith('-') || UNPRINTABLE.test(name))
    return undefined;
  return quoted(name);
}

/** `--user=<value>` as one shell word (`'--user=John Doe'`), else the flag with `placeholder`. */
export function shellFlag(flag: string, value: string | undefined, placeholder: string): string {
  const fits = value !== undefined && value.length <= 1024 && !UNPRINTABLE.test(value);
  return fits ? quoted(`${flag}=${value}`) : `${flag}=${placeholder}`;
}
