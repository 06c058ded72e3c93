import { describe, expect, it } from '@jest/globals';
import { decide } from '../src/decide.js';
import type { Report } from '../src/report/model.js';

function report(errors: number, warnings: number): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'kube-preflight', version: 't' },
    generatedAt: '2026-11-24T12:00:00.000Z',
    result: errors ? 'fail' : warnings ? 'warn' : 'pass',
    counts: { errors, warnings, notices: 0 },
    findings: [],
    contexts: [],
  };
}

describe('decide', () => {
  it.each([
    ['error', 1, 0, true],
    ['error', 0, 3, false],
    ['warning', 0, 1, true],
    ['warning', 0, 0, false],
    ['never', 5, 5, false],
  ] as const)('fail-on %s with %d errors and %d warnings → failed=%s', (failOn, e, w, failed) => {
    const d = decide(report(e, w), failOn);
    expect(d.failed).toBe(failed);
    expect(d.reason).toContain(`${e} error(s), ${w} warning(s) (fail-on: ${failOn})`);
  });
});
