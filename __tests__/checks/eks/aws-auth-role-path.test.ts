import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/aws-auth-role-path.js';
import { facts } from '../../helpers/facts.js';
import { ROLES, withAwsAuth } from '../../helpers/aws-auth-facts.js';

describe('eks/aws-auth-role-path', () => {
  it("is an error when the pathed entry is the runner's own role, with the fixed ARN", () => {
    const [d, ...rest] = check.run(facts({ targets: [withAwsAuth(ROLES)] }));
    expect(rest).toEqual([]);
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(
      /^Context "prod": kube-system\/aws-auth mapRoles line 1: rolearn .* has a path/,
    );
    expect(d?.message).toContain('This is the entry meant for this runner, so it is not mapped.');
    expect(d?.remediation).toContain('`arn:aws:iam::111122223333:role/deploy`');
    expect(d?.evidence).toMatchObject({
      key: 'mapRoles',
      line: 1,
      fixedArn: 'arn:aws:iam::111122223333:role/deploy',
      matchesCaller: true,
    });
  });

  it("warns for someone else's entry, and is silent for a clean ConfigMap", () => {
    const other = '- rolearn: arn:aws:iam::111122223333:role/team/other\n  username: x\n';
    expect(check.run(facts({ targets: [withAwsAuth(other)] }))[0]).toMatchObject({
      evidence: { matchesCaller: false },
    });
    expect(check.run(facts({ targets: [withAwsAuth(other)] }))[0]?.severity).toBeUndefined();
    const clean = '- rolearn: arn:aws:iam::111122223333:role/deploy\n  username: deployer\n';
    expect(check.run(facts({ targets: [withAwsAuth(clean)] }))).toEqual([]);
  });
});
