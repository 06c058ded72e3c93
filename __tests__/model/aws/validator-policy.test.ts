import { describe, expect, it } from '@jest/globals';
import { deniedCalls, validatorPolicy } from '../../../src/model/aws/validator-policy.js';
import { awsError, denied, eksApi } from '../../helpers/eks-facts.js';

describe('validatorPolicy', () => {
  it('scopes each statement to the cluster, its access entries and its log group', () => {
    const p = validatorPolicy({
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: '111122223333',
      cluster: 'prod',
    });
    expect(p).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'eks:DescribeCluster',
            'eks:ListUpdates',
            'eks:DescribeUpdate',
            'eks:ListAccessEntries',
          ],
          Resource: 'arn:aws-cn:eks:cn-north-1:111122223333:cluster/prod',
        },
        {
          Effect: 'Allow',
          Action: ['eks:DescribeAccessEntry', 'eks:ListAssociatedAccessPolicies'],
          Resource: 'arn:aws-cn:eks:cn-north-1:111122223333:access-entry/prod/*',
        },
        {
          Effect: 'Allow',
          Action: 'logs:FilterLogEvents',
          Resource: 'arn:aws-cn:logs:cn-north-1:111122223333:log-group:/aws/eks/prod/cluster:*',
        },
      ],
    });
  });

  it('uses the aws partition and wildcards for what it is not told', () => {
    const resources = (validatorPolicy() as { Statement: { Resource: string }[] }).Statement.map(
      (s) => s.Resource,
    );
    expect(resources).toEqual([
      'arn:aws:eks:*:*:cluster/*',
      'arn:aws:eks:*:*:access-entry/*/*',
      'arn:aws:logs:*:*:log-group:/aws/eks/*/cluster:*',
    ]);
  });
});

describe('deniedCalls', () => {
  it('names the calls IAM denied, in the order the gate makes them', () => {
    const api = eksApi({
      cluster: denied('eks:DescribeCluster'),
      updates: awsError('AccessDenied', 'denied', 403),
      accessEntry: awsError('UnauthorizedException', 'denied', 401),
      accessPolicies: awsError('UnauthorizedOperation', 'denied', 403),
      authenticatorLog: denied('logs:FilterLogEvents'),
    });
    expect(deniedCalls(api)).toEqual([
      'cluster',
      'updates',
      'accessEntry',
      'accessPolicies',
      'authenticatorLog',
    ]);
  });

  it('does not count other failures, successes or calls that were not made', () => {
    const api = eksApi({
      cluster: awsError('ResourceNotFoundException', 'No cluster found for name: prod.', 404),
      updates: awsError('ThrottlingException', 'Rate exceeded', 400),
      accessEntry: awsError('InvalidRequestException', 'mode', 400),
    });
    delete api.accessPolicies;
    expect(deniedCalls(api)).toEqual([]);
    expect(deniedCalls(eksApi())).toEqual([]);
  });
});
