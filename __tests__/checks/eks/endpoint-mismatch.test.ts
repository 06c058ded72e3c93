import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/endpoint-mismatch.js';
import { facts } from '../../helpers/facts.js';
import { denied, eksCluster, eksTarget, EKS_SERVER, ok } from '../../helpers/eks-facts.js';

const RECREATED = 'https://FEDCBA9876543210FEDCBA9876543210.gr7.eu-west-1.eks.amazonaws.com';
const withEndpoint = (endpoint: string) =>
  eksTarget({ api: { cluster: ok(eksCluster({ endpoint })) } });

describe('eks/endpoint-mismatch', () => {
  it('fails a kubeconfig whose server is no longer the cluster’s endpoint (re-created cluster)', () => {
    const [d, ...rest] = check.run(facts({ targets: [withEndpoint(RECREATED)] }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      `Context "prod": the kubeconfig server ${EKS_SERVER} is not the endpoint of EKS cluster "prod" (${RECREATED}).`,
    );
    expect(d?.remediation).toBe(
      '`aws eks update-kubeconfig --name prod --region eu-west-1` (or point the context at the cluster whose endpoint this is).',
    );
    expect(d?.evidence).toEqual({
      cluster: 'prod',
      kubeconfigServer: EKS_SERVER,
      eksEndpoint: RECREATED,
    });
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 5 });
  });

  it('ignores case, the default port and a trailing slash', () => {
    const targets = [
      withEndpoint(EKS_SERVER.toLowerCase()),
      withEndpoint(`${EKS_SERVER}:443/`),
      withEndpoint(EKS_SERVER),
    ];
    expect(check.run(facts({ targets }))).toEqual([]);
  });

  it('is silent when DescribeCluster gave no endpoint or did not answer', () => {
    const noEndpoint = eksTarget({
      api: { cluster: ok({ ...eksCluster(), endpoint: undefined }) },
    });
    const noAnswer = eksTarget({ api: { cluster: denied('eks:DescribeCluster') } });
    expect(check.run(facts({ targets: [noEndpoint, noAnswer] }))).toEqual([]);
  });
});
