import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/endpoint-private.js';
import type { EksCluster } from '../../../src/model/aws/eks-facts.js';
import type { RunnerFacts } from '../../../src/model/facts.js';
import type { LiveFacts } from '../../../src/model/live.js';
import { facts } from '../../helpers/facts.js';
import { denied, eksCluster, eksTarget, ok } from '../../helpers/eks-facts.js';
import { failed, live } from '../../helpers/live-facts.js';

const PRIVATE = { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] };
const ALLOW_LISTED = { endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24'] };
const TIMEOUT = failed({
  kind: 'unreachable',
  reason: 'timeout',
  phase: 'connect',
  detail: 'connect to 10.20.3.4:443 did not complete within 9.5s',
});

const run = (
  cluster: Partial<EksCluster>,
  environment?: RunnerFacts['environment'],
  live?: LiveFacts,
) =>
  check.run(
    facts({
      runner: { proxyVariables: [], ...(environment ? { environment } : {}) },
      targets: [
        eksTarget({ api: { cluster: ok(eksCluster(cluster)) }, ...(live ? { live } : {}) }),
      ],
    }),
  );

describe('eks/endpoint-private', () => {
  it('fails a private-only endpoint on a GitHub-hosted runner whose connection timed out', () => {
    const [d, ...rest] = run(PRIVATE, 'github-hosted', TIMEOUT);
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "prod": EKS cluster "prod" has private access only (public access off); this is a GitHub-hosted runner, outside the VPC. The connection from here failed.',
    );
    expect(d?.severity).toBeUndefined();
    expect(d?.evidence).toEqual({
      cluster: 'prod',
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      publicAccessCidrs: [],
      runner: 'github-hosted',
      connectionFailed: true,
    });
  });

  it('fails a GitHub-hosted runner before any connection was tried (offline)', () => {
    const [d] = run(ALLOW_LISTED, 'github-hosted');
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      'Context "prod": EKS cluster "prod" has public access only from 203.0.113.0/24; this is a GitHub-hosted runner, outside the VPC.',
    );
  });

  it('only warns on a self-hosted runner that nothing showed failing', () => {
    const [d] = run(PRIVATE, 'self-hosted');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toBe(
      'Context "prod": EKS cluster "prod" has private access only (public access off); this self-hosted runner must be inside, or routed to, the cluster’s VPC.',
    );
  });

  it('fails a self-hosted runner whose connection failed', () => {
    const [d] = run(PRIVATE, 'self-hosted', TIMEOUT);
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toMatch(/this self-hosted runner .* The connection from here failed\.$/);
    expect(d?.evidence).toMatchObject({ connectionFailed: true, runner: 'self-hosted' });
  });

  it('warns when the runner is unknown', () => {
    const [d] = run(PRIVATE);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('; the runner must be inside, or routed to, the cluster’s VPC.');
    expect(d?.evidence).toMatchObject({ runner: null });
  });

  it('is silent for an endpoint open to the internet, or when DescribeCluster did not say', () => {
    const hosted = { proxyVariables: [], environment: 'github-hosted' as const };
    const targets = [
      eksTarget(),
      eksTarget({ api: { cluster: ok(eksCluster({ publicAccessCidrs: [] })) } }),
      eksTarget({
        api: {
          cluster: ok(
            eksCluster({
              endpointPrivateAccess: true,
              publicAccessCidrs: ['10.0.0.0/8', '0.0.0.0/0'],
            }),
          ),
        },
      }),
      eksTarget({
        api: { cluster: ok({ ...eksCluster(PRIVATE), endpointPublicAccess: undefined }) },
      }),
      eksTarget({ api: { cluster: denied('eks:DescribeCluster') } }),
    ];
    expect(check.run(facts({ runner: hosted, targets }))).toEqual([]);
  });

  it('is silent when the connection from here worked (an allow-listed static IP, a VPC runner)', () => {
    expect(run(ALLOW_LISTED, 'github-hosted', live())).toEqual([]);
    expect(run(PRIVATE, 'self-hosted', live())).toEqual([]);
  });
});
