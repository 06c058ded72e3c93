import { defineCheck } from '../../model/check.js';
import type { RegionSource } from '../../model/aws/eks-detect.js';
import { awsTargets } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/region-mismatch',
  title: 'The kubeconfig and the environment name different AWS regions',
  severity: 'warning',
  description:
    'The region in the server hostname, the context’s cluster ARN, the exec plugin’s `--region` (or ' +
    'its AWS_REGION) and the region the gate used do not all agree. EKS API calls in the wrong ' +
    'region answer ResourceNotFoundException, and an exec plugin signing against another region’s ' +
    'STS fails when that region is not enabled for the account. An error when the cluster was then ' +
    'not found.',
  remediation:
    'Use one region everywhere: `aws eks update-kubeconfig --name <cluster> --region <region>` ' +
    'writes it into the exec arguments, and set `aws-region` (or AWS_REGION) to the same.',
  doubtsCloudNames: true,
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const sources: { from: RegionSource; region: string }[] = [...(aws.eks.regionSources ?? [])];
      if (aws.region && (aws.regionFrom === 'input' || aws.regionFrom === 'environment'))
        sources.push({
          from: aws.regionFrom === 'input' ? 'aws-region input' : 'AWS_REGION',
          region: aws.region,
        });
      const regions = [...new Set(sources.map((s) => s.region))];
      if (regions.length < 2) continue;
      const cluster = aws.eksApi?.cluster;
      const notFound = cluster && !cluster.ok && cluster.code === 'ResourceNotFoundException';
      const truth = sources.find(
        (s) => s.from === 'server host' || s.from === 'context ARN',
      )?.region;
      const said = sources.map((s) => `${s.from}: ${s.region}`).join(', ');
      out.push({
        message:
          `Context "${t.contextName}": regions disagree (${said}).` +
          (notFound ? ` The EKS API was asked in ${aws.region} and found no cluster there.` : ''),
        ...(notFound ? { severity: 'error' as const } : {}),
        ...(truth
          ? {
              remediation: `The cluster lives in ${truth}: \`aws eks update-kubeconfig --name ${aws.eks.clusterName ?? '<cluster>'} --region ${truth}\`, and set \`aws-region: ${truth}\`.`,
            }
          : {}),
        context: t.contextName,
        evidence: { regions, sources: sources.map((s) => `${s.from}=${s.region}`) },
      });
    }
    return out;
  },
});
