import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/aws-auth-unreadable.js';
import { facts } from '../../helpers/facts.js';
import { withAwsAuth } from '../../helpers/aws-auth-facts.js';

describe('eks/aws-auth-unreadable', () => {
  it('says the mapping check is inconclusive when the ConfigMap is forbidden', () => {
    const t = withAwsAuth('', {
      status: 'unreadable',
      code: 403,
      message: 'configmaps "aws-auth" is forbidden',
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toBe(
      'Context "prod": reading kube-system/aws-auth got 403 (configmaps "aws-auth" is forbidden); whether the principal is mapped there is unknown.',
    );
  });

  it('is silent when it was read or does not exist', () => {
    expect(
      check.run(
        facts({ targets: [withAwsAuth('- rolearn: x\n'), withAwsAuth('', { status: 'absent' })] }),
      ),
    ).toEqual([]);
  });
});
