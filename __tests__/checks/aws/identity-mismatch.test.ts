import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/aws/identity-mismatch.js';
import { facts, SETTINGS } from '../../helpers/facts.js';
import { awsFacts, awsTarget } from '../../helpers/aws-facts.js';

const expecting = (...expectIdentity: string[]) => ({ settings: { ...SETTINGS, expectIdentity } });

describe('aws/identity-mismatch', () => {
  it('fails when the caller matches no ARN or account glob', () => {
    const [d] = check.run(
      facts({
        targets: [awsTarget(awsFacts())],
        ...expecting('arn:aws:sts::*:assumed-role/admin/*', '444455556666'),
      }),
    );
    expect(d?.message).toContain(
      'AWS says the caller is arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions (account 111122223333)',
    );
    expect(d?.evidence).toMatchObject({
      expected: ['arn:aws:sts::*:assumed-role/admin/*', '444455556666'],
    });
  });

  it('passes on an ARN or account match, and ignores globs about Kubernetes usernames', () => {
    expect(
      check.run(
        facts({
          targets: [awsTarget(awsFacts())],
          ...expecting('arn:aws:sts::*:assumed-role/deploy/*'),
        }),
      ),
    ).toEqual([]);
    expect(
      check.run(facts({ targets: [awsTarget(awsFacts())], ...expecting('111122223333') })),
    ).toEqual([]);
    expect(
      check.run(
        facts({ targets: [awsTarget(awsFacts())], ...expecting('system:serviceaccount:ci:*') }),
      ),
    ).toEqual([]);
  });
});
