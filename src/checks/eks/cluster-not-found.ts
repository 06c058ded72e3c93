import { defineCheck } from '../../model/check.js';
import { eksTargets } from '../../model/aws/eks-view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/cluster-not-found',
  title: 'EKS cluster not found in this account and region',
  severity: 'error',
  description:
    'DescribeCluster answered ResourceNotFoundException: the AWS account the runner’s credentials ' +
    'belong to has no cluster of that name in the region asked. Usually the region is wrong ' +
    '(`--region` missing from the exec plugin, another `AWS_REGION`), the credentials belong to ' +
    'another account, or the cluster was deleted. Tokens are still issued (they are presigned STS ' +
    'URLs), so kubectl only says Unauthorized.',
  remediation:
    'List the clusters the credentials can see: `aws eks list-clusters --region <region>`; then fix ' +
    'the region (`aws eks update-kubeconfig --name <cluster> --region <region>`) or the credentials.',
  doubtsCloudNames: true,
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws, api } of eksTargets(targets)) {
      if (api.cluster.ok || api.cluster.code !== 'ResourceNotFoundException') continue;
      const account = aws.caller?.ok ? aws.caller.account : undefined;
      const where = `region ${aws.region}${account ? ` of account ${account}` : ''}`;
      out.push({
        message: `Context "${t.contextName}": EKS has no cluster "${api.clusterName}" in ${where} (region from ${aws.regionFrom}).`,
        remediation: `Check the name and region: \`aws eks list-clusters --region ${aws.region}\`; then \`aws eks update-kubeconfig --name <cluster> --region <region>\`.`,
        context: t.contextName,
        evidence: {
          cluster: api.clusterName,
          region: aws.region ?? null,
          regionFrom: aws.regionFrom ?? null,
          account: account ?? null,
        },
      });
    }
    return out;
  },
});
