import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/aws-auth-sso-path.js';
import { facts } from '../../helpers/facts.js';
import { ROLES, withAwsAuth } from '../../helpers/aws-auth-facts.js';

describe('eks/aws-auth-sso-path', () => {
  it('reports an SSO role written with its aws-reserved path', () => {
    const [d, ...rest] = check.run(facts({ targets: [withAwsAuth(ROLES)] }));
    expect(rest).toEqual([]);
    expect(d?.evidence).toMatchObject({
      line: 6,
      fixedArn: 'arn:aws:iam::111122223333:role/AWSReservedSSO_Admin_0123456789abcdef',
    });
  });

  it('is silent for an SSO role without the path', () => {
    const ok =
      '- rolearn: arn:aws:iam::111122223333:role/AWSReservedSSO_Admin_0123456789abcdef\n  username: a\n';
    expect(check.run(facts({ targets: [withAwsAuth(ok)] }))).toEqual([]);
  });
});
