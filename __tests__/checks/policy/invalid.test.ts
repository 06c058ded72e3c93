import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/policy/invalid.js';
import { facts } from '../../helpers/facts.js';

describe('policy/invalid', () => {
  it('one error per problem, located at its line in the policy file', () => {
    const policy = {
      path: '.github/kube-preflight.yml',
      file: '/w/.github/kube-preflight.yml',
      problems: [
        { line: 7, message: 'names no check "cert/expirng" (did you mean "cert/expiring"?)' },
        { message: 'is larger than 256 KiB' },
      ],
    };
    const [a, b, ...rest] = check.run(facts({ policy }));
    expect(rest).toEqual([]);
    expect(a?.message).toBe(
      'Policy file .github/kube-preflight.yml:7 names no check "cert/expirng" (did you mean "cert/expiring"?). The policy was not applied.',
    );
    expect(a?.location).toEqual({ file: '/w/.github/kube-preflight.yml', line: 7 });
    expect(b?.location).toEqual({ file: '/w/.github/kube-preflight.yml' });
    expect(b?.evidence).toMatchObject({ line: null, problem: 'is larger than 256 KiB' });
  });

  it('is silent without a policy file or with a valid one', () => {
    expect(check.run(facts({}))).toEqual([]);
    const ok = {
      path: 'p.yml',
      file: '/w/p.yml',
      problems: [],
      policy: { severity: {}, severityLines: {}, suppressions: [], defaults: {} },
    };
    expect(check.run(facts({ policy: ok }))).toEqual([]);
  });
});
