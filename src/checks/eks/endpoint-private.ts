import { defineCheck } from '../../model/check.js';
import { eksTargets, publicAccessLimitedTo } from '../../model/aws/eks-view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/endpoint-private',
  title: 'EKS endpoint is not reachable from this runner’s network',
  severity: 'error',
  description:
    'DescribeCluster says the API server endpoint has public access off (private only), or public ' +
    'access limited to a few CIDR blocks. GitHub-hosted runners come from GitHub’s address ranges ' +
    'on the internet, so they cannot reach a private endpoint and are rarely inside an allow-list; ' +
    'the connection just times out. A warning when the runner is self-hosted (it must be in, or ' +
    'routed to, the cluster’s VPC) and nothing showed it failing.',
  remediation:
    'Run the job on a self-hosted runner inside the VPC (or one peered with it), or enable public ' +
    'access for the runner’s addresses: `aws eks update-cluster-config --name <cluster> ' +
    '--resources-vpc-config endpointPublicAccess=true,publicAccessCidrs=<cidrs>`.',
  run({ targets, runner }) {
    const out: FindingDraft[] = [];
    for (const { t, cluster } of eksTargets(targets)) {
      if (!cluster || cluster.endpointPublicAccess === undefined) continue;
      const limited = publicAccessLimitedTo(cluster);
      const cidrs = cluster.publicAccessCidrs ?? [];
      if ((cluster.endpointPublicAccess && !limited) || t.live?.transport?.ok) continue;
      const failed = t.live?.transport?.ok === false;
      const hosted = runner.environment === 'github-hosted';
      const what = limited
        ? `public access only from ${limited.join(', ')}`
        : 'private access only (public access off)';
      const runnerSays = hosted
        ? 'this is a GitHub-hosted runner, outside the VPC'
        : runner.environment === 'self-hosted'
          ? 'this self-hosted runner must be inside, or routed to, the cluster’s VPC'
          : 'the runner must be inside, or routed to, the cluster’s VPC';
      out.push({
        message:
          `Context "${t.contextName}": EKS cluster "${cluster.name}" has ${what}; ${runnerSays}.` +
          (failed ? ' The connection from here failed.' : ''),
        ...(hosted || failed ? {} : { severity: 'warning' as const }),
        context: t.contextName,
        evidence: {
          cluster: cluster.name,
          endpointPublicAccess: cluster.endpointPublicAccess,
          endpointPrivateAccess: cluster.endpointPrivateAccess ?? null,
          publicAccessCidrs: cidrs,
          runner: runner.environment ?? null,
          connectionFailed: failed,
        },
      });
    }
    return out;
  },
});
