import { describe, expect, it } from '@jest/globals';
import { detectEks } from '../../../src/model/aws/eks-detect.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { entry, target } from '../../helpers/facts.js';
import { eksFacts, tokenTarget } from '../../helpers/token-facts.js';

const execUser = (
  command: string,
  args: string[],
  env: { name: string; value: string }[] = [],
): KubeUser => ({
  exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command, args, env },
});

describe('detectEks', () => {
  it('reads `aws eks get-token` the way update-kubeconfig writes it, with the server region', () => {
    const t = target({
      contextName: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod',
      cluster: entry('c', {
        server: 'https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com',
      }),
      user: entry(
        'u',
        execUser(
          'aws',
          [
            '--region',
            'eu-west-1',
            'eks',
            'get-token',
            '--cluster-name',
            'prod',
            '--output',
            'json',
            '--role-arn',
            'arn:aws:iam::111122223333:role/deploy',
          ],
          [{ name: 'AWS_PROFILE', value: 'ci' }],
        ),
      ),
    });
    expect(detectEks(t)).toEqual({
      clusterName: 'prod',
      region: 'eu-west-1',
      accountId: '111122223333',
      roleArn: 'arn:aws:iam::111122223333:role/deploy',
      profile: 'ci',
      authenticator: 'aws-cli',
      execCluster: 'prod',
      contextCluster: 'prod',
      regionSources: [
        { from: 'exec', region: 'eu-west-1' },
        { from: 'server host', region: 'eu-west-1' },
        { from: 'context ARN', region: 'eu-west-1' },
      ],
      signals: [
        'exec `aws eks get-token`',
        'server host 0123456789abcdef0123456789abcdef.gr7.eu-west-1.eks.amazonaws.com',
        'context name is an EKS cluster ARN',
      ],
    });
  });

  it('reads aws-iam-authenticator, --flag=value forms, and env regions', () => {
    const t = target({
      user: entry(
        'u',
        execUser(
          '/usr/local/bin/aws-iam-authenticator',
          ['token', '-i', 'staging', '-r', 'arn:aws:iam::1:role/x'],
          [{ name: 'AWS_REGION', value: 'us-west-2' }],
        ),
      ),
    });
    expect(detectEks(t)).toMatchObject({
      clusterName: 'staging',
      roleArn: 'arn:aws:iam::1:role/x',
      region: 'us-west-2',
      authenticator: 'aws-iam-authenticator',
      execCluster: 'staging',
      regionSources: [{ from: 'exec', region: 'us-west-2' }],
    });
    const eq = target({
      user: entry(
        'u',
        execUser('aws', ['eks', 'get-token', '--cluster-name=blue', '--region=ap-south-1']),
      ),
    });
    expect(detectEks(eq)).toMatchObject({ clusterName: 'blue', region: 'ap-south-1' });
  });

  it('keeps the cluster the exec plugin signs for apart from the one the context names', () => {
    const t = target({
      contextName: 'arn:aws:eks:us-east-1:111122223333:cluster/blue',
      cluster: entry('c', {
        server: 'https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com',
      }),
      user: entry('u', execUser('aws', ['eks', 'get-token', '--cluster-name', 'green'])),
    });
    expect(detectEks(t, { cluster: 'red' })).toMatchObject({
      clusterName: 'red',
      execCluster: 'green',
      contextCluster: 'blue',
      region: 'eu-west-1',
      regionSources: [
        { from: 'server host', region: 'eu-west-1' },
        { from: 'context ARN', region: 'us-east-1' },
      ],
    });
  });

  it('asks EKS where the server is (not the plugin region), and reads Outposts ids and --role', () => {
    const t = target({
      contextName: 'arn:aws:eks:eu-west-1:111122223333:cluster/edge',
      cluster: entry('c', {
        server: 'https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com',
      }),
      user: entry(
        'u',
        execUser('aws', [
          '--region',
          'us-east-1',
          'eks',
          'get-token',
          '--cluster-id',
          '7f3a9c2e-0000-4000-8000-000000000000',
          '--role',
          'arn:aws:iam::111122223333:role/deploy',
        ]),
      ),
    });
    expect(detectEks(t)).toMatchObject({
      region: 'eu-west-1',
      outpostsId: true,
      execCluster: '7f3a9c2e-0000-4000-8000-000000000000',
      contextCluster: 'edge',
      roleArn: 'arn:aws:iam::111122223333:role/deploy',
    });
  });

  it("keeps a static token's signing region out of the region sources (any STS region works)", () => {
    const global = eksFacts('2026-11-24T12:00:00Z', {});
    if (global.eks) global.eks = { ...global.eks, host: 'sts.amazonaws.com', region: 'us-east-1' };
    const t = tokenTarget(global, 'token', {
      cluster: entry('c', {
        server: 'https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com',
      }),
    });
    expect(detectEks(t)).toMatchObject({
      authenticator: 'static-token',
      region: 'eu-west-1',
      regionSources: [{ from: 'server host', region: 'eu-west-1' }],
    });
  });

  it('lets the eks-cluster and aws-region inputs win, and finds nothing in a plain context', () => {
    const plain = target({
      cluster: entry('c', { server: 'https://10.0.0.1:6443' }),
      user: entry('u', { token: 'x' }),
    });
    expect(detectEks(plain)).toBeUndefined();
    expect(detectEks(plain, { cluster: 'prod', region: 'eu-central-1' })).toEqual({
      clusterName: 'prod',
      region: 'eu-central-1',
      authenticator: 'other',
      signals: ['the eks-cluster input'],
    });
  });
});
