import { describe, expect, it } from '@jest/globals';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { countLines, estimateYamlNodes, parseFirstDocument } from '../../src/model/go-yaml.js';

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

  it('parses a quoted scalar of 100,000 under-indented lines in well under a second', () => {
    // Each line is an error, and the parser built an Error with a stack trace for each: 1.3 s.
    const started = performance.now();
    expect(parseFirstDocument(folded(100_000)).doc?.errors).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
