import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/aws-auth-invalid.js';
import { facts } from '../../helpers/facts.js';
import { ROLES, withAwsAuth } from '../../helpers/aws-auth-facts.js';

describe('eks/aws-auth-invalid', () => {
  it('reports an entry without rolearn, which EKS drops', () => {
    const out = check.run(facts({ targets: [withAwsAuth(ROLES)] }));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain(
      'kube-system/aws-auth mapRoles line 8: mapRoles: one of rolearn or SSO must be supplied',
    );
  });

  it('reports YAML that does not parse', () => {
    const [d] = check.run(facts({ targets: [withAwsAuth('- rolearn: [unclosed\n')] }));
    expect(d?.evidence).toMatchObject({ key: 'mapRoles' });
  });

  it('is silent for a clean ConfigMap', () => {
    expect(
      check.run(
        facts({
          targets: [
            withAwsAuth('- rolearn: arn:aws:iam::111122223333:role/deploy\n  username: d\n'),
          ],
        }),
      ),
    ).toEqual([]);
  });
});
