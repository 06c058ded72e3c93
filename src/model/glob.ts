/** Shell-style globs for identities: `*` any run of characters (`:` and `/` included), `?` one. */

function toRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

export function globMatch(glob: string, value: string): boolean {
  return toRegExp(glob).test(value);
}

/** The first glob that matches one of the values, if any. */
export function firstMatch(globs: string[], values: string[]): string | undefined {
  return globs.find((g) => values.some((v) => globMatch(g, v)));
}
