/** Durations as users write them (`90s`, `15m`, `12h`, `30d`) and as we print them. */

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses `90s`, `15m`, `1h30m`, `30d`, or a bare number of seconds; undefined when invalid. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  // No duration needs more; on megabytes the regex's repeated group overflows.
  if (s.length > 64) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(s)) return undefined;
  let total = 0;
  for (const [, n, , unit] of s.matchAll(/(\d+(\.\d+)?)([smhdw])/g)) {
    total += Number(n) * (UNITS[unit as string] ?? 0);
  }
  return Math.round(total);
}

/** `2d 3h`, `14m 5s`, `45s`: the two largest units, for people. */
export function formatDuration(seconds: number): string {
  const neg = seconds < 0;
  let rest = Math.abs(Math.round(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size || (unit === 's' && parts.length === 0)) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return (neg ? '-' : '') + parts.join(' ');
}
