/** Reading an exec plugin's command-line flags the way its own flag parser would. */

/** The value of the first of `names` given as `--flag value` or `--flag=value`, if any. */
export function flagValue(args: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}
