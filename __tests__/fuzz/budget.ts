/**
 * The fuzz budget: how many cases each property runs, the per-case time bound, the heap bound and
 * the case counts a script can total.
 *
 *   KP_FUZZ_RUNS    total cases over the whole folder (default DEFAULT_TOTAL; `npm run fuzz`
 *                   asks for 200,000): each property runs its share, scaled
 *   KP_FUZZ_COUNTS  a file to which each property appends `<target> <cases> <ms> <p99> <slowest>`
 *   KP_FUZZ_SEED    replay a failure: the seed fast-check printed (and KP_FUZZ_PATH, its path)
 *
 * Seeds are fast-check's own (random per run), so CI explores new cases on every run; a failure
 * prints its seed and path, which KP_FUZZ_SEED and KP_FUZZ_PATH replay.
 */
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { expect } from '@jest/globals';
import fc from 'fast-check';
import { heapUsed } from '../helpers/heap.js';

export { heapUsed };

/** The default (CI) total: the `share`s the properties declare add up to it exactly. */
export const DEFAULT_TOTAL = 33_380;
const TOTAL = Number(process.env.KP_FUZZ_RUNS) || DEFAULT_TOTAL;

/**
 * A case slower than this fails the property (generous: the machine may be busy). Huge inputs get
 * 20 µs more per character: parsing them is linear but not cheap (the `yaml` package spends up to
 * ~8 µs a character on error-dense text such as 200 KB of `& `, one error per anchor), and what the
 * bound must catch is superlinear work (backtracking regexes, alias bombs, rescans), which turns a
 * 1 MB input into minutes. A whole gate run (files, a plugin process, four renderers) gets 2 s.
 */
export const CASE_LIMIT_MS = 1000;
export const GATE_LIMIT_MS = 2000;
const MS_PER_CHAR = 0.02;
/** The 99th percentile of a parser's cases must stay under this. */
export const P99_LIMIT_MS = 250;
/**
 * Heap still in use after a property and a full GC, beyond what was in use before it. Measured:
 * at most 5.3 MiB (gate/check, the first property to load the engine: 4.6 MiB at the default
 * total, 5.3 MiB at 200,000, so not a per-case leak), under 1 MiB for most. 16 MiB is 3x that,
 * and catches a leak of 7 KiB a case in a 2,500-case property.
 */
export const HEAP_GROWTH_LIMIT = 16 * 1024 * 1024;

/** Jest's timeout for one property (a slow case fails by CASE_LIMIT_MS long before). */
export const TIMEOUT = Math.max(300_000, TOTAL * 10);

/** `share` is the property's number of cases at the default total, scaled to KP_FUZZ_RUNS. */
export function runsFor(share: number): number {
  return Math.max(1, Math.ceil((share * TOTAL) / DEFAULT_TOTAL));
}

function params(runs: number): fc.Parameters<unknown> {
  const seed = Number(process.env.KP_FUZZ_SEED);
  const path = process.env.KP_FUZZ_PATH;
  return {
    numRuns: runs,
    ...(Number.isInteger(seed) && process.env.KP_FUZZ_SEED ? { seed } : {}),
    ...(path ? { path } : {}),
  };
}

export interface Stats {
  cases: number;
  /** Wall time of the property, generation and shrinking included. */
  ms: number;
  p99: number;
  slowest: number;
}

/** Characters in a generated input (strings and buffers, summed over a few levels of nesting). */
function sizeOf(v: unknown, depth = 0): number {
  if (typeof v === 'string' || Buffer.isBuffer(v)) return v.length;
  if (!v || typeof v !== 'object' || depth > 4) return 0;
  return Object.values(v).reduce((n: number, x) => n + sizeOf(x, depth + 1), 0);
}

/** Times one case; fails it when it takes longer than its bound. */
function bounded(target: string, ms: number, times: number[], input: unknown, base: number): void {
  times.push(ms);
  const limit = base + sizeOf(input) * MS_PER_CHAR;
  if (ms > limit) {
    const what = preview(input);
    throw new Error(
      `${target}: one case took ${ms.toFixed(0)} ms (> ${limit.toFixed(0)}): ${what}`,
    );
  }
}

/**
 * Records `<target> <cases> <ms> <p99 ms> <slowest ms>` for the script's table, then checks the
 * heap retained (after a full GC) and the p99.
 */
function finish(
  target: string,
  times: number[],
  started: number,
  heap: number,
  p99: number | null,
): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const stats: Stats = {
    cases: times.length,
    ms: performance.now() - started,
    p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    slowest: sorted[sorted.length - 1] ?? 0,
  };
  const line = [target, stats.cases, stats.ms, stats.p99, stats.slowest].map((x) =>
    typeof x === 'number' ? Math.round(x * 10) / 10 : x,
  );
  if (process.env.KP_FUZZ_COUNTS) appendFileSync(process.env.KP_FUZZ_COUNTS, `${line.join(' ')}\n`);
  expect(heapUsed() - heap).toBeLessThan(HEAP_GROWTH_LIMIT);
  if (p99 !== null) expect(stats.p99).toBeLessThan(p99);
  return stats;
}

/** A short description of a failing input for the time-bound message (inputs may be 1 MB). */
export function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : fc.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/**
 * Runs `check` on `share` (scaled) cases of `arb`: each must return (a domain problem is a value,
 * never an exception) within its bound, and the p99 must stay under `p99` (P99_LIMIT_MS; none for
 * huge or hostile inputs, whose every case is slow by design).
 */
export function fuzz<T>(
  target: string,
  share: number,
  arb: fc.Arbitrary<T>,
  check: (v: T) => void,
  p99: number | null = P99_LIMIT_MS,
): Stats {
  const times: number[] = [];
  const before = heapUsed();
  const started = performance.now();
  fc.assert(
    fc.property(arb, (v) => {
      const start = performance.now();
      check(v);
      bounded(target, performance.now() - start, times, v, CASE_LIMIT_MS);
    }),
    params(runsFor(share)),
  );
  return finish(target, times, started, before, p99);
}

/** The same for the whole gate (async): GATE_LIMIT_MS a case, no p99 (it does I/O, spawns). */
export async function fuzzAsync<T>(
  target: string,
  share: number,
  arb: fc.Arbitrary<T>,
  check: (v: T) => Promise<void>,
): Promise<Stats> {
  const times: number[] = [];
  const before = heapUsed();
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arb, async (v) => {
      const start = performance.now();
      await check(v);
      bounded(target, performance.now() - start, times, v, GATE_LIMIT_MS);
    }),
    params(runsFor(share)),
  );
  return finish(target, times, started, before, null);
}

/** Stack-trace lines (`    at fn (file.ts:12:5)`) must never reach a message. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** An assertion for the hot path of a property (an expect() costs ~10 µs, a passing `.not` more). */
export function ensure(ok: boolean, what: string, value?: unknown): void {
  if (!ok) throw new Error(value === undefined ? what : `${what}: ${preview(value)}`);
}

/** Every string a value holds (keys too): where to look for a secret, free of JSON's escapes. */
export function stringsOf(v: unknown): string[] {
  const json = JSON.stringify(v) ?? '';
  return (json.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((s) => JSON.parse(s) as string);
}

/**
 * Which of `secrets` are in `value`: those with 12 characters or more past a public prefix (an EKS
 * token's `k8s-aws-v1.`); shorter ones match by chance (`k8s-aws-v1."` is in a message quoting it).
 */
export function holdsSecret(value: unknown, secrets: string[]): string[] {
  const strings = stringsOf(value);
  const long = (m: string) => m.replace(/^k8s-aws-v1\./, '').length >= 12;
  return secrets.filter((m) => long(m) && strings.some((s) => s.includes(m)));
}

/** A message for people: a non-empty string with no stack trace in it. */
export function checkMessage(m: unknown): void {
  ensure(typeof m === 'string' && m !== '' && !STACK_TRACE.test(m), 'a bad message', m);
}
