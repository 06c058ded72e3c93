import { describe, expect, it } from '@jest/globals';
import { platformOf } from '../../src/model/platform.js';
import type { KubeCluster, KubeUser } from '../../src/model/kubeconfig.js';
import { entry, target } from '../helpers/facts.js';

const on = (server: string, contextName = 'ci', user: Partial<KubeUser> = {}) =>
  target({
    contextName,
    cluster: entry<KubeCluster>('c', { server }),
    user: entry<KubeUser>('u', user),
  });

describe('platformOf', () => {
  it('EKS by its endpoint (China regions too), its cluster ARN, or its token plugin', () => {
    expect(platformOf(on('https://ABC.gr7.eu-west-1.eks.amazonaws.com'))).toBe('eks');
    expect(platformOf(on('https://ABC.yl4.cn-north-1.eks.amazonaws.com.cn'))).toBe('eks');
    expect(platformOf(on('https://10.0.0.1', 'arn:aws:eks:eu-west-1:1:cluster/prod'))).toBe('eks');
    const exec = { exec: { command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'p'] } };
    expect(platformOf(on('https://10.0.0.1', 'ci', exec as Partial<KubeUser>))).toBe('eks');
  });

  it('GKE, AKS, and everything else', () => {
    expect(platformOf(on('https://1.2.3.4', 'gke_proj_europe-west1_prod'))).toBe('gke');
    expect(platformOf(on('https://prod-abc.hcp.westeurope.azmk8s.io:443'))).toBe('aks');
    expect(platformOf(on('https://k8s.example:6443'))).toBe('generic');
    expect(platformOf(on('https://eks.amazonaws.com.example'))).toBe('generic');
  });
});
