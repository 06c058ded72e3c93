import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/cluster-not-found.js';
import { facts } from '../../helpers/facts.js';
import { awsError, denied, eksTarget } from '../../helpers/eks-facts.js';

const NOT_FOUND = {
  cluster: awsError('ResourceNotFoundException', 'No cluster found for name: prod.', 404),
};

describe('eks/cluster-not-found', () => {
  it('names the cluster, region, account and where the region came from', () => {
    const [d, ...rest] = check.run(facts({ targets: [eksTarget({ api: NOT_FOUND })] }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "prod": EKS has no cluster "prod" in region eu-west-1 of account 111122223333 (region from kubeconfig).',
    );
    expect(d?.severity).toBeUndefined();
    expect(d?.remediation).toBe(
      'Check the name and region: `aws eks list-clusters --region eu-west-1`; then `aws eks update-kubeconfig --name <cluster> --region <region>`.',
    );
    expect(d?.evidence).toEqual({
      cluster: 'prod',
      region: 'eu-west-1',
      regionFrom: 'kubeconfig',
      account: '111122223333',
    });
  });

  it('says when the region was only the default (nothing named one)', () => {
    const t = eksTarget({ api: NOT_FOUND, aws: { region: 'us-east-1', regionFrom: 'default' } });
    expect(check.run(facts({ targets: [t] }))[0]?.message).toBe(
      'Context "prod": EKS has no cluster "prod" in region us-east-1 of account 111122223333 (region from default).',
    );
  });

  it('is silent when the cluster was found, or DescribeCluster failed another way', () => {
    const targets = [
      eksTarget(),
      eksTarget({ api: { cluster: denied('eks:DescribeCluster') } }),
      eksTarget({ api: { cluster: awsError('ThrottlingException', 'Rate exceeded', 400) } }),
    ];
    expect(check.run(facts({ targets }))).toEqual([]);
  });

  it('is silent when the AWS checks were skipped', () => {
    const t = eksTarget({ api: NOT_FOUND, aws: { skipped: 'offline' } });
    expect(check.run(facts({ targets: [t] }))).toEqual([]);
  });
});
