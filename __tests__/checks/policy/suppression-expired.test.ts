import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/policy/suppression-expired.js';
import type { Suppression } from '../../../src/policy/model.js';
import { facts } from '../../helpers/facts.js';

const policyWith = (...suppressions: Suppression[]) => ({
  path: '.github/kube-preflight.yml',
  file: '/w/.github/kube-preflight.yml',
  problems: [],
  policy: { severity: {}, severityLines: {}, suppressions, defaults: {} },
});
const s: Suppression = {
  check: 'cert/expiring',
  context: 'staging-*',
  reason: 'OPS-1234',
  line: 12,
};

describe('policy/suppression-expired', () => {
  it('a notice for a suppression whose last day is over, at its line', () => {
    const [d, ...rest] = check.run(facts({ policy: policyWith({ ...s, until: '2026-11-23' }) }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'The suppression of cert/expiring in contexts staging-* (.github/kube-preflight.yml:12) held until 2026-11-23; its findings are reported again. Its reason was: OPS-1234',
    );
    expect(d?.location).toEqual({ file: '/w/.github/kube-preflight.yml', line: 12 });
  });

  it('is silent on its last day, without a date, or without a policy', () => {
    expect(check.run(facts({ policy: policyWith({ ...s, until: '2026-11-24' }, s) }))).toEqual([]);
    expect(check.run(facts({}))).toEqual([]);
  });
});
