import { describe, expect, it } from '@jest/globals';
import { CHECK_CRASHED, evaluate } from '../src/evaluate.js';
import { defineCheck } from '../src/model/check.js';
import { facts } from './helpers/facts.js';

const base = { title: 'T', description: 'D', remediation: 'generic fix' } as const;

describe('evaluate', () => {
  it('completes drafts with id, title, default severity and remediation, keeping overrides', () => {
    const check = defineCheck({
      ...base,
      id: 'area/one',
      severity: 'warning',
      run: () => [
        { message: 'a' },
        {
          message: 'b',
          severity: 'error',
          remediation: 'exact fix',
          context: 'prod',
          evidence: { n: 1 },
        },
      ],
    });
    expect(evaluate([check], facts())).toEqual([
      { id: 'area/one', severity: 'warning', title: 'T', message: 'a', remediation: 'generic fix' },
      {
        id: 'area/one',
        severity: 'error',
        title: 'T',
        message: 'b',
        remediation: 'exact fix',
        context: 'prod',
        evidence: { n: 1 },
      },
    ]);
  });

  it('runs every check even when one throws, and reports the crash as a finding', () => {
    const boom = defineCheck({
      ...base,
      id: 'area/boom',
      severity: 'error',
      run: () => {
        throw new Error('bad state');
      },
    });
    const ok = defineCheck({
      ...base,
      id: 'area/ok',
      severity: 'notice',
      run: () => [{ message: 'still here' }],
    });
    const findings = evaluate([boom, ok], facts());
    expect(findings.map((f) => f.id)).toEqual([CHECK_CRASHED, 'area/ok']);
    expect(findings[0]?.message).toContain('Check area/boom failed: bad state');
  });
});
