import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/api-unavailable.js';
import type { EksApiFacts } from '../../../src/model/aws/eks-facts.js';
import { facts } from '../../helpers/facts.js';
import { awsError, denied, eksTarget } from '../../helpers/eks-facts.js';

const run = (api: Partial<EksApiFacts>) => check.run(facts({ targets: [eksTarget({ api })] }));
const throttled = { ...awsError('ThrottlingException', 'Rate exceeded', 429), attempts: 3 };

describe('eks/api-unavailable', () => {
  it('names the throttled calls, the SDK’s attempts, and what stayed unchecked', () => {
    const [d, ...rest] = run({ cluster: throttled, updates: throttled });
    expect(rest).toEqual([]);
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      'Context "prod": EKS throttled eks:DescribeCluster: ThrottlingException after 3 attempts; ' +
        'eks:ListUpdates, eks:DescribeUpdate: ThrottlingException after 3 attempts; ' +
        'unchecked: the cluster’s status, endpoint, CA and authentication mode; recent cluster updates.',
    );
    expect(d?.evidence).toEqual({
      cluster: 'prod',
      calls: ['eks:DescribeCluster', 'eks:ListUpdates, eks:DescribeUpdate'],
      errors: ['ThrottlingException: Rate exceeded', 'ThrottlingException: Rate exceeded'],
    });
  });

  it('a timeout, a 5xx or a refused connection is "no answer"', () => {
    const [d] = run({
      accessEntry: awsError('TimeoutError', 'The operation was aborted due to timeout'),
      authenticatorLog: awsError('ServiceUnavailableException', 'Service Unavailable', 503),
    });
    expect(d?.message).toBe(
      'Context "prod": no answer to eks:ListAccessEntries, eks:DescribeAccessEntry: TimeoutError; ' +
        'logs:FilterLogEvents: ServiceUnavailableException; unchecked: the principal’s access entry; ' +
        'the authenticator’s own log.',
    );
  });

  it('is silent for healthy answers, IAM denials, absent things and CONFIG_MAP refusals', () => {
    expect(run({})).toEqual([]);
    expect(run({ cluster: denied('eks:DescribeCluster') })).toEqual([]);
    expect(
      run({ cluster: awsError('ResourceNotFoundException', 'No cluster found', 404) }),
    ).toEqual([]);
    expect(
      run({ accessEntry: awsError('InvalidRequestException'), accessPolicies: undefined }),
    ).toEqual([]);
    expect(run({ authenticatorLog: awsError('ResourceNotFoundException') })).toEqual([]);
  });
});
