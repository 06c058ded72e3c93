import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/auth-provider-removed.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (name?: string) => {
  const user = {
    ...entry<KubeUser>('gke_p_z_c', { 'auth-provider': name === undefined ? {} : { name } }, 10),
    fieldLines: { 'auth-provider': 12 },
  };
  return run(check, facts({ targets: [target({ user })] }));
};

describe('kubeconfig/auth-provider-removed', () => {
  it('explains the removed gcp provider and gives the GKE regeneration command', () => {
    const [d] = run1('gcp');
    expect(d?.message).toContain('uses the "gcp" auth-provider, removed in Kubernetes 1.26');
    expect(d?.message).toContain('gke-gcloud-auth-plugin');
    expect(d?.remediation).toContain('gcloud container clusters get-credentials');
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 12 });
  });

  it('explains the removed azure provider and gives the kubelogin conversion', () => {
    const [d] = run1('azure');
    expect(d?.message).toContain('kubelogin');
    expect(d?.remediation).toContain('az aks get-credentials');
    expect(d?.remediation).toContain('kubelogin convert-kubeconfig -l azurecli');
  });

  it('reports unknown providers, including a missing name, with kubectl’s error', () => {
    expect(run1('openstack')[0]?.message).toContain('no Auth Provider found for name "openstack"');
    expect(run1()[0]?.message).toContain('no Auth Provider found for name ""');
    expect(run1('openstack')[0]?.remediation).toBeUndefined();
  });

  it('is silent for oidc and for users without an auth-provider', () => {
    expect(run1('oidc')).toEqual([]);
    expect(
      run(check, facts({ targets: [target({ user: entry<KubeUser>('u', { token: 't' }) })] })),
    ).toEqual([]);
  });
});
