import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/token-cluster-mismatch.js';
import type { EksTarget } from '../../../src/model/aws/eks-detect.js';
import type { ClusterTokenFacts } from '../../../src/model/aws/eks-facts.js';
import { facts } from '../../helpers/facts.js';
import { eksAws, eksTarget, tokenReplay } from '../../helpers/eks-facts.js';

const SIGNATURE = {
  ok: false as const,
  status: 403,
  code: 'SignatureDoesNotMatch',
  message: 'The request signature we calculated does not match the signature you provided.',
};
const context = (eks: Partial<EksTarget>, token?: ClusterTokenFacts) =>
  eksTarget({ aws: { eks: { ...eksAws().eks, ...eks }, ...(token ? { token } : {}) } });
const run = (...targets: ReturnType<typeof context>[]) => check.run(facts({ targets }));

describe('eks/token-cluster-mismatch', () => {
  it('fails a token STS verifies only for the stale --cluster-name, and says STS proved it', () => {
    const t = context(
      { clusterName: 'staging', execCluster: 'staging', contextCluster: 'prod' },
      tokenReplay({ clusterId: 'prod', replay: SIGNATURE, signedFor: 'staging' }),
    );
    const [d, ...rest] = run(t);
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "prod": the exec plugin makes tokens for cluster "staging" (--cluster-name staging), but the context is cluster "prod". ' +
        'STS confirms it: the token verifies with x-k8s-aws-id "staging" and fails with "prod".',
    );
    expect(d?.severity).toBeUndefined();
    expect(d?.remediation).toBe(
      'Set `--cluster-name prod` in the exec arguments, or run `aws eks update-kubeconfig --name prod --region eu-west-1`.',
    );
    expect(d?.evidence).toEqual({
      tokenCluster: 'staging',
      contextCluster: 'prod',
      provenBySts: true,
    });
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 9 });
  });

  it('fails on the kubeconfig’s word alone when no token was replayed', () => {
    const [d] = run(context({ execCluster: 'staging', contextCluster: 'prod' }));
    expect(d?.message).toBe(
      'Context "prod": the exec plugin makes tokens for cluster "staging" (--cluster-name staging), but the context is cluster "prod".',
    );
    expect(d?.evidence).toMatchObject({ provenBySts: false });
  });

  it('names aws-iam-authenticator’s -i flag', () => {
    const t = context(
      { authenticator: 'aws-iam-authenticator', execCluster: 'staging', contextCluster: 'prod' },
      tokenReplay({ replay: SIGNATURE, signedFor: 'staging' }),
    );
    const [d] = run(t);
    expect(d?.message).toContain('(-i staging)');
    expect(d?.remediation).toMatch(/^Set `-i prod` in the exec arguments/);
  });

  it('is silent when the names agree, or nothing says which cluster the context is', () => {
    expect(run(context({ contextCluster: 'prod' }, tokenReplay()))).toEqual([]);
    expect(run(context({ execCluster: 'staging' }, tokenReplay({ clusterId: 'staging' })))).toEqual(
      [],
    );
  });

  it('is silent when the replay failed for another reason than the cluster name', () => {
    const expired = tokenReplay({
      replay: {
        ok: false,
        status: 403,
        code: 'ExpiredToken',
        message: 'The security token included in the request is expired',
      },
    });
    expect(run(context({ contextCluster: 'prod' }, expired))).toEqual([]);
  });
});
