import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/failed.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';
import type { ExecCause } from '../../../src/model/materials.js';

describe('exec/failed', () => {
  it('reports the exit status, the masked stderr and the recognised fix', () => {
    const stderr = 'Error when retrieving token from sso: Token has expired and refresh failed';
    const drafts = run(
      check,
      facts({
        targets: [
          execTarget({
            outcome: 'failed',
            exitCode: 255,
            cause: 'aws-sso-expired',
            detail:
              'exec: executable aws failed with exit code 255. The AWS SSO session has expired.',
            stderrExcerpt: stderr,
          }),
        ],
      }),
    );
    expect(drafts).toHaveLength(1);
    const d = drafts[0]!;
    expect(d.message).toContain(
      'user "ci-user" failed: exec: executable aws failed with exit code 255',
    );
    expect(d.message).toContain(stderr);
    expect(d.remediation).toContain('aws sso login --profile');
    expect(d.remediation).toContain('configure-aws-credentials');
    expect(d.evidence).toMatchObject({ exitCode: 255, cause: 'aws-sso-expired', stderr });
    expect(d.location).toEqual({ file: '/home/ci/.kube/config', line: 14 });
  });

  it.each<[ExecCause, string]>([
    ['aws-profile-missing', 'AWS_PROFILE'],
    ['aws-no-credentials', 'role-to-assume'],
    ['aws-expired-token', 'role-duration-seconds'],
    ['aws-assume-role-denied', 'trust policy'],
    ['gcloud-reauth', 'gcloud auth login'],
    ['gcloud-no-account', 'google-github-actions/auth'],
    ['azure-aadsts', 'az login'],
  ])('gives the fix for %s', (cause, expected) => {
    const drafts = run(check, facts({ targets: [execTarget({ outcome: 'failed', cause })] }));
    expect(drafts[0]?.remediation).toContain(expected);
  });

  it('keeps the generic remediation for an unrecognised failure', () => {
    const drafts = run(
      check,
      facts({ targets: [execTarget({ outcome: 'failed', exitCode: 2, signal: undefined })] }),
    );
    expect(drafts[0]?.remediation).toBeUndefined();
    expect(drafts[0]?.evidence?.exitCode).toBe(2);
    expect(drafts[0]?.evidence).not.toHaveProperty('args');
  });

  it('is silent for plugins that succeeded or never ran', () => {
    const targets = [execTarget(), execTarget({ outcome: 'not-found' }), target()];
    expect(run(check, facts({ targets }))).toEqual([]);
  });
});
