import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/region-mismatch.js';
import type { RegionSource } from '../../../src/model/aws/eks-detect.js';
import type { AwsFacts } from '../../../src/model/aws/facts.js';
import { facts } from '../../helpers/facts.js';
import { awsError, eksAws, eksTarget } from '../../helpers/eks-facts.js';

const regions = (sources: [RegionSource, string][], aws: Partial<AwsFacts> = {}, api = {}) =>
  eksTarget({
    api,
    aws: {
      eks: { ...eksAws().eks, regionSources: sources.map(([from, region]) => ({ from, region })) },
      ...aws,
    },
  });
const NOT_FOUND = {
  cluster: awsError('ResourceNotFoundException', 'No cluster found for name: prod.', 404),
};

describe('eks/region-mismatch', () => {
  it('is an error when the exec plugin’s region sent the EKS API where the cluster is not', () => {
    const t = regions(
      [
        ['exec', 'us-east-1'],
        ['server host', 'eu-west-1'],
      ],
      { region: 'us-east-1' },
      NOT_FOUND,
    );
    const [d, ...rest] = check.run(facts({ targets: [t] }));
    expect(rest).toEqual([]);
    expect(d?.severity).toBe('error');
    expect(d?.message).toBe(
      'Context "prod": regions disagree (exec: us-east-1, server host: eu-west-1). The EKS API was asked in us-east-1 and found no cluster there.',
    );
    expect(d?.remediation).toBe(
      'The cluster lives in eu-west-1: `aws eks update-kubeconfig --name prod --region eu-west-1`, and set `aws-region: eu-west-1`.',
    );
    expect(d?.evidence).toEqual({
      regions: ['us-east-1', 'eu-west-1'],
      sources: ['exec=us-east-1', 'server host=eu-west-1'],
    });
  });

  it('warns when the aws-region input agrees with the cluster but the exec plugin does not', () => {
    const t = regions(
      [
        ['exec', 'us-east-1'],
        ['context ARN', 'eu-west-1'],
      ],
      { region: 'eu-west-1', regionFrom: 'input' },
    );
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      'Context "prod": regions disagree (exec: us-east-1, context ARN: eu-west-1, aws-region input: eu-west-1).',
    );
    expect(d?.remediation).toContain('The cluster lives in eu-west-1');
  });

  it('counts the aws-region input as a source, and keeps the generic fix when nothing says where the cluster is', () => {
    const t = regions([['exec', 'eu-central-1']], { region: 'eu-west-1', regionFrom: 'input' });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toBe(
      'Context "prod": regions disagree (exec: eu-central-1, aws-region input: eu-west-1).',
    );
    expect(d?.remediation).toBeUndefined();
  });

  it('is silent when every source names the same region, or only one names any', () => {
    const targets = [
      eksTarget(),
      regions([['server host', 'eu-west-1']], { region: 'eu-west-1', regionFrom: 'input' }),
      regions([]),
    ];
    expect(check.run(facts({ targets }))).toEqual([]);
  });
});
