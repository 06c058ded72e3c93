import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/invalid-output.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';

describe('exec/invalid-output', () => {
  it('gives the AWS fix for text/table output', () => {
    const drafts = run(
      check,
      facts({
        targets: [
          execTarget({
            outcome: 'invalid-output',
            cause: 'aws-text-output',
            detail: 'decoding stdout: the AWS CLI printed text/table output',
          }),
        ],
      }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain('exited 0 but kubectl cannot use its output');
    expect(drafts[0]?.remediation).toContain('AWS_DEFAULT_OUTPUT');
    expect(drafts[0]?.evidence?.cause).toBe('aws-text-output');
  });

  it('quotes client-go for an apiVersion mismatch and keeps the generic fix', () => {
    const detail =
      'exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version client.authentication.k8s.io/v1beta1';
    const drafts = run(
      check,
      facts({ targets: [execTarget({ outcome: 'invalid-output', detail })] }),
    );
    expect(drafts[0]?.message).toContain(detail);
    expect(drafts[0]?.remediation).toBeUndefined();
  });

  it('is silent for usable output', () => {
    const targets = [execTarget(), execTarget({ outcome: 'timeout' }), target()];
    expect(run(check, facts({ targets }))).toEqual([]);
  });
});
