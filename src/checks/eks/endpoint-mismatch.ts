import { defineCheck } from '../../model/check.js';
import { eksTargets, normalEndpoint } from '../../model/aws/eks-view.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldLocation } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'eks/endpoint-mismatch',
  title: 'kubeconfig server is not the EKS cluster’s endpoint',
  severity: 'error',
  description:
    'The kubeconfig’s server differs from the endpoint DescribeCluster gives for the cluster the ' +
    'token is made for. Either the kubeconfig is stale (the cluster was re-created and got a new ' +
    'endpoint) or the context mixes two clusters: the token then names a cluster the server is not, ' +
    'and the server answers Unauthorized.',
  remediation:
    'Regenerate the entry: `aws eks update-kubeconfig --name <cluster> --region <region>`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws, cluster } of eksTargets(targets)) {
      const server = t.cluster?.value.server;
      if (!cluster?.endpoint || !server) continue;
      if (normalEndpoint(cluster.endpoint) === normalEndpoint(server)) continue;
      out.push({
        message: `Context "${t.contextName}": the kubeconfig server ${server} is not the endpoint of EKS cluster "${cluster.name}" (${cluster.endpoint}).`,
        remediation: `\`aws eks update-kubeconfig --name ${cluster.name} --region ${aws.region}\` (or point the context at the cluster whose endpoint this is).`,
        context: t.contextName,
        evidence: {
          cluster: cluster.name,
          kubeconfigServer: server,
          eksEndpoint: cluster.endpoint,
        },
        ...(t.cluster ? { location: fieldLocation(t.cluster, 'server') } : {}),
      });
    }
    return out;
  },
});
