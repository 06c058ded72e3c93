import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/aws-auth-sts-arn.js';
import { facts } from '../../helpers/facts.js';
import { ROLES, withAwsAuth } from '../../helpers/aws-auth-facts.js';

describe('eks/aws-auth-sts-arn', () => {
  it('reports a session ARN with the role ARN to use instead', () => {
    const [d, ...rest] = check.run(facts({ targets: [withAwsAuth(ROLES)] }));
    expect(rest).toEqual([]);
    expect(d?.message).toContain(
      'kube-system/aws-auth mapRoles line 4: rolearn arn:aws:sts::111122223333:assumed-role/ops/alice is an STS session ARN',
    );
    expect(d?.evidence).toMatchObject({
      fixedArn: 'arn:aws:iam::111122223333:role/ops',
      matchesCaller: false,
    });
  });

  it('is silent without such entries', () => {
    expect(
      check.run(facts({ targets: [withAwsAuth('- rolearn: arn:aws:iam::1:role/x\n')] })),
    ).toEqual([]);
  });
});
