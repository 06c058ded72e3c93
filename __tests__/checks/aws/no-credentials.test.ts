import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/aws/no-credentials.js';
import { facts } from '../../helpers/facts.js';
import { awsFacts, awsTarget } from '../../helpers/aws-facts.js';

describe('aws/no-credentials', () => {
  it('says the context is EKS and that the chain found nothing', () => {
    const t = awsTarget(
      awsFacts({
        credentials: {
          ok: false,
          why: 'none',
          detail: 'Could not load credentials from any providers',
        },
      }),
    );
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toBe(
      'Context "prod" is an EKS context (exec `aws eks get-token`), but no AWS credentials were found on this runner: Could not load credentials from any providers.',
    );
    expect(check.remediation).toContain('id-token: write');
  });

  it('reports a broken profile, but leaves an expired SSO session to aws/credentials-expired', () => {
    const broken = awsTarget(
      awsFacts({
        credentials: { ok: false, why: 'error', detail: 'Profile ci could not be found' },
      }),
    );
    expect(check.run(facts({ targets: [broken] }))[0]?.message).toContain(
      'loading AWS credentials failed: Profile ci could not be found',
    );
    const sso = awsTarget(
      awsFacts({
        credentials: {
          ok: false,
          why: 'error',
          detail: 'The SSO session associated with this profile has expired',
        },
      }),
    );
    expect(check.run(facts({ targets: [sso, awsTarget(awsFacts())] }))).toEqual([]);
  });
});
