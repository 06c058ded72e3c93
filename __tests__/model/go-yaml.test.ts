import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Composer, isMap, isSeq, parseDocument, Parser, type Node } from 'yaml';
import {
  countLines,
  endOfDoubleQuoted,
  estimateYamlNodes,
  keepFirstError,
  MAX_SLOW_QUOTED,
  parseFirstDocument,
} from '../../src/model/go-yaml.js';

/** The nodes the real parse makes (a pair counts its key and value). */
function parsedNodes(text: string): number {
  const count = (n: unknown): number => {
    if (isMap(n)) return 1 + n.items.reduce((s, p) => s + count(p.key) + count(p.value), 0);
    if (isSeq(n)) return 1 + n.items.reduce((s: number, i) => s + count(i), 0);
    return 1;
  };
  return count(parseFirstDocument(text).doc?.contents as Node);
}

const fleet = (n: number, flow: boolean): string =>
  Array.from({ length: n }, (_, i) =>
    flow
      ? `- {name: c${i}, cluster: {server: "https://c${i}.example:6443", tls: [a, b]}}`
      : `- name: c${i}\n  cluster:\n    server: https://c${i}.example:6443\n    tls:\n    - a\n    - b`,
  ).join('\n');

const jsonFleet = (n: number) => ({
  apiVersion: 'v1',
  users: Array.from({ length: n }, (_, i) => ({
    name: `u${i}`,
    user: {
      exec: {
        command: 'aws',
        args: ['--region', 'eu-west-1', 'eks', 'get-token', '--cluster-name', `c${i}`],
        env: null,
      },
    },
  })),
});
const quoted = Array.from(
  { length: 300 },
  (_, i) => `- name: "a: b, c - [d]" # x: y, z\n  value: 'e: f, g'\n  n: ${i}`,
).join('\n');

describe('estimateYamlNodes', () => {
  it.each([
    ['block style', fleet(500, false)],
    ['flow style', fleet(500, true)],
    ['a kubeconfig head', 'apiVersion: v1\nkind: Config\ncurrent-context: ci\nclusters: []\n'],
    ['JSON, as kubectl config view -o json writes it', JSON.stringify(jsonFleet(300), null, 2)],
    ['minified JSON', JSON.stringify(jsonFleet(300))],
    ['quoted values and comments holding marks', quoted],
  ])('is within 10%% of the nodes the parse makes (%s)', (_, text) => {
    const real = parsedNodes(text);
    expect(Math.abs(estimateYamlNodes(text) - real) / real).toBeLessThan(0.1);
  });

  it('counts no marks inside URLs, ARNs or base64 (only the root)', () => {
    expect(estimateYamlNodes('arn:aws:iam::1:role/x https://h:6443 QUJD+/=')).toBe(1);
  });

  it('scans 10 MiB in well under a second', () => {
    const text = fleet(40_000, true).slice(0, 10 * 1024 * 1024);
    const started = performance.now();
    expect(estimateYamlNodes(text)).toBeGreaterThan(400_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['closed', `token: "${'x'.repeat(9_500_000)}"\nb: 1\n`, 5],
    ['never closed', `token: "${'x'.repeat(9_500_000)}\nb: 1\n`, 5],
    ['escaped quotes', `token: "${'\\"'.repeat(4_000_000)}"\nb: 1\n`, 5],
  ])('skips a 9.5 MB double-quoted scalar (%s) in one pass', (_, text, nodes) => {
    // As a repeated regex group, the quoted scalar overflowed the regex engine's stack at ~10 MB.
    const started = performance.now();
    expect(estimateYamlNodes(text)).toBe(nodes);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('skips a double-quoted scalar exactly where the regex it replaced ended its match', () => {
    const old = /"(?:[^"\\\n]|\\.?)*(?:"|$)/my; // matched whole by the scan before
    const unit = fc.constantFrom('"', '\\', '\n', '\r', '\u2028', "'", '#', ' ', ':', 'a');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (rest) => {
        const text = `"${rest}`;
        old.lastIndex = 0;
        return endOfDoubleQuoted(text, 1) === old.exec(text)?.[0].length;
      }),
      { numRuns: 5000 },
    );
  });
});

describe('countLines', () => {
  it.each([
    ['', 1],
    ['a', 1],
    ['a\n', 2],
    ['a\r\nb\r\n', 3],
    ['\n\n\n', 4],
  ])('%j has %i lines', (text, lines) => expect(countLines(text)).toBe(lines));
});

describe('parseFirstDocument', () => {
  const folded = (lines: number) => `a: 1\nb:\n  x: "${'y\n'.repeat(lines)}"\n`;

  it('keeps the first error the parser reports, and only that one', () => {
    const text = folded(50);
    const all = parseDocument(text, { prettyErrors: false }).errors; // every error kept
    expect(all.length).toBeGreaterThan(10);
    const { doc } = parseFirstDocument(text);
    expect(doc?.errors.map((e) => [e.code, e.message, e.pos])).toEqual([
      [all[0]?.code, all[0]?.message, all[0]?.pos],
    ]);
  });

  it('reads a long double-quoted scalar as the yaml package does, escapes and all', () => {
    // Long ones with nothing to unescape or fold are relabelled single-quoted (same meaning, a
    // tenth of the memory); the rest are left to the package. Either way the value is the same.
    const piece = fc.string({
      unit: fc.constantFrom('a', ' ', '\t', '#', ':', '\\', "'", '"', 'é', '\n'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(piece, fc.constantFrom(1, 70_000), (p, times) => {
        const value = `x${p}`.repeat(Math.ceil(times / (p.length + 1)));
        const text = `a: ${JSON.stringify(value)}\nb: [${JSON.stringify(value)}, 1]\n`;
        const ours = parseFirstDocument(text).doc?.toJS();
        expect(ours).toEqual({ a: value, b: [value, 1] });
        expect(ours).toEqual(parseDocument(text).toJS());
      }),
      { numRuns: 60 },
    );
  });

  it('keeps positions when it relabels: an error after a long quoted scalar is where it was', () => {
    const text = `a: "${'q'.repeat(70_000)}"\nb: @x\n`;
    const { doc, lines } = parseFirstDocument(text);
    const [reference] = parseDocument(text, { prettyErrors: false }).errors;
    expect(doc?.errors.map((e) => [e.code, e.pos])).toEqual([[reference?.code, reference?.pos]]);
    expect(lines.linePos(doc?.errors[0]?.pos[0] ?? 0).line).toBe(2);
  });

  it.each([
    [
      'never closed',
      `a: 1\nb: "${'x'.repeat(62).concat('\n').repeat(20_000)}`,
      /^has a double quote that is never closed: the value it opens runs on for 1\.2 MiB$/,
    ],
    [
      'closed, with line breaks',
      `a: 1\nb: "${'  '.concat('x'.repeat(62), '\n').repeat(20_000)}  "\n`,
      /^holds a double-quoted value of 1\.2 MiB with escapes or line breaks, over the 1\.0 MiB limit; refusing to unquote it$/,
    ],
    [
      'closed, with escapes',
      `a: 1\nb: "${'\\t'.repeat(600_000)}"\n`,
      /^holds a double-quoted value of 1\.1 MiB with escapes/,
    ],
  ])(
    'refuses a double-quoted scalar of megabytes it cannot relabel (%s), at its quote',
    (_, text, message) => {
      const started = performance.now();
      const { doc, lines, refused } = parseFirstDocument(text);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(refused).toBe('quoted');
      expect(doc?.errors).toHaveLength(1);
      expect(doc?.errors[0]?.message).toMatch(message);
      expect(lines.linePos(doc?.errors[0]?.pos[0] ?? 0)).toEqual({ line: 2, col: 4 });
    },
  );

  it('still reads a double-quoted value with escapes just under the limit', () => {
    const value = 'a\tb'.repeat(225_000); // escaped, 900,002 characters with its quotes
    const quoted = JSON.stringify(value);
    expect(quoted.length).toBeLessThan(MAX_SLOW_QUOTED);
    const { doc, refused } = parseFirstDocument(`v: ${quoted}\n`);
    expect(refused).toBeUndefined();
    expect(doc?.toJS()).toEqual({ v: value });
  });

  it('builds one error for a quoted scalar of 100,000 under-indented lines, not one a line', () => {
    // Each line is an error, and the composer built an Error with a stack trace for each (1.3 s).
    const composer = new Composer({ prettyErrors: false });
    const hook = composer as unknown as { onError: (...args: unknown[]) => void };
    const build = hook.onError;
    let built = 0;
    hook.onError = (...args) => {
      built++;
      build(...args);
    };
    keepFirstError(composer);
    const [doc] = composer.compose(new Parser().parse(folded(100_000)));
    expect(built).toBe(1);
    expect(doc?.errors).toHaveLength(1);
    const all = parseDocument(folded(100), { prettyErrors: false }).errors;
    expect(all.length).toBeGreaterThan(100); // without it: one or more a line
  });

  it('parses that scalar well within a second or two', () => {
    const started = performance.now();
    expect(parseFirstDocument(folded(100_000)).doc?.errors).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2500); // ~0.5 s on an idle 2-CPU machine
  });
});
