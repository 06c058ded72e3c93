/** Shell-style globs for identities: `*` any run of characters (`:` and `/` included), `?` one. */

/**
 * Matches by walking both strings, going back only to the last `*` (at most glob × value steps). A
 * regex (`.*` per star) backtracks exponentially: `**********x` took 40 s against one check id, and
 * a 50 KB glob was too large to compile at all (a throw).
 */
export function globMatch(glob: string, value: string): boolean {
  let g = 0;
  let v = 0;
  let star = -1; // where the last `*` is in glob
  let from = 0; // where in value that star's run ends so far
  while (v < value.length) {
    if (glob[g] === '*') {
      star = g++;
      from = v;
    } else if (g < glob.length && (glob[g] === '?' || glob[g] === value[v])) {
      g++;
      v++;
    } else if (star >= 0) {
      g = star + 1;
      v = ++from;
    } else return false;
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

/** The first glob that matches one of the values, if any. */
export function firstMatch(globs: string[], values: string[]): string | undefined {
  return globs.find((g) => values.some((v) => globMatch(g, v)));
}
