/** The YAML "billion laughs", shared by the fuzz generators and the bundle's huge-input test. */

/** The anchor of level `i` (0-based): `a`, `b`, …, so level 9 of a 10-level bomb is `*j`. */
export function bombAnchor(i: number): string {
  if (!Number.isInteger(i) || i < 0 || i > 25) throw new RangeError(`no anchor for level ${i}`);
  return String.fromCharCode(97 + i);
}

/**
 * `a: &a [lol, …]`, `b: &b [*a, …]`, …: `levels` levels of `width` items each, so that `*` of the
 * last anchor (`bombAnchor(levels - 1)`) expands to width^levels scalars.
 */
export function aliasBomb(levels: number, width: number): string {
  bombAnchor(levels - 1); // 1 to 26 levels
  const list = (item: string) => `[${Array(width).fill(item).join(', ')}]`;
  const lines = [`a: &a ${list('lol')}`];
  for (let i = 1; i < levels; i++) {
    const [prev, next] = [bombAnchor(i - 1), bombAnchor(i)];
    lines.push(`${next}: &${next} ${list(`*${prev}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
