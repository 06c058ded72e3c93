/**
 * The fault-injection suite's one row check (faults-*.test.ts): every injected fault ends in its
 * specific finding, with a clean run (report valid, nothing on stderr, no stack trace) and within
 * the `timeout` input plus 10 %: by the gate's own clock (the report's durationMs, from the start of
 * its budget), and end to end with a fixed allowance for starting node.
 */
import { expect } from '@jest/globals';
import { schemaErrors } from '../helpers/schema.js';
import type { GateRun } from './gate.js';

/**
 * What a run costs besides the budget: spawning node, loading the bundle and its chunks (~150 ms
 * bare, 2–3× that on a loaded 2-CPU runner) and writing report, summary and outputs after the
 * budget ran out. The other timing tests of the bundle (dist/action.test.ts, connection.test.ts)
 * use the same allowance; the budget itself is held to 10 %.
 */
export const STARTUP_MS = 700;

/** The longest a run with this `timeout` (ms) may take, end to end. */
export const bound = (timeoutMs: number): number => timeoutMs * 1.1 + STARTUP_MS;

export interface Expected {
  /** Every finding id of the run, sorted (the fault's own first among them). */
  ids: string[];
  /** The fault's finding (none: the run recovered from the fault). */
  id?: string;
  /** What its evidence must hold (reason, phase, code…). */
  evidence?: Record<string, unknown>;
  /** Exit code: 1 for an error, 0 when the finding is a warning. */
  code: 0 | 1;
  /** The `timeout` input of the run, in ms. */
  timeoutMs: number;
  /** For faults that end by the budget: the run really waited this long (no early give-up). */
  atLeastMs?: number;
}

type Finding = NonNullable<GateRun['report']>['findings'][number];

/** Asserts one row and returns the fault's finding (for a row without `id`: nothing). */
export function expectFault(run: GateRun, e: Expected): Finding {
  expect(run.report).toBeDefined();
  expect(schemaErrors(run.report)).toEqual([]);
  if (e.id) expect(e.ids).toContain(e.id);
  expect(run.ids).toEqual(e.ids);
  const finding = run.report?.findings.find((f) => f.id === e.id);
  if (e.id) expect(finding?.evidence).toMatchObject(e.evidence ?? {});
  expect(run.code).toBe(e.code);
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stdout).not.toContain('failed unexpectedly');
  expect(run.report?.durationMs).toBeLessThanOrEqual(e.timeoutMs * 1.1);
  expect(run.report?.durationMs).toBeLessThanOrEqual(run.elapsedMs);
  expect(run.elapsedMs).toBeLessThanOrEqual(bound(e.timeoutMs));
  if (e.atLeastMs !== undefined) expect(run.elapsedMs).toBeGreaterThanOrEqual(e.atLeastMs);
  return finding as Finding;
}
