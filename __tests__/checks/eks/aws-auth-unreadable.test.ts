import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/aws-auth-unreadable.js';
import { facts } from '../../helpers/facts.js';
import { withAwsAuth } from '../../helpers/aws-auth-facts.js';
import { ROLE_SESSION } from '../../helpers/aws-facts.js';
import { eksTarget } from '../../helpers/eks-facts.js';
import { live, user } from '../../helpers/live-facts.js';

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
    expect(d?.remediation).toContain(
      '`kubectl create role kube-preflight-get-configmaps --verb=get --resource=configmaps --resource-name=aws-auth -n kube-system` then `kubectl create rolebinding kube-preflight-get-configmaps --role=kube-preflight-get-configmaps --user=ci-deployer -n kube-system`',
    );
  });

  it('binds the group an EKS session is mapped to; after a 401 it keeps the general advice', () => {
    const refused = (code: number) =>
      live({
        whoami: {
          ok: true,
          apiVersion: 'v1',
          user: user({ username: ROLE_SESSION, groups: ['deployers', 'system:authenticated'] }),
        },
        awsAuth: { status: 'unreadable', code, message: 'no' },
      });
    const [forbidden] = check.run(facts({ targets: [eksTarget({ live: refused(403) })] }));
    expect(forbidden?.remediation).toContain('--group=deployers -n kube-system`');
    const [unauthorized] = check.run(facts({ targets: [eksTarget({ live: refused(401) })] }));
    // No finding-specific fix: the check's general remediation is reported.
    expect(unauthorized).toBeDefined();
    expect(unauthorized?.remediation).toBeUndefined();
  });

  it('is silent when it was read or does not exist', () => {
    expect(
      check.run(
        facts({ targets: [withAwsAuth('- rolearn: x\n'), withAwsAuth('', { status: 'absent' })] }),
      ),
    ).toEqual([]);
  });
});
