import { defineCheck } from '../../model/check.js';
import { awsTargets } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldLocation } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'eks/token-cluster-mismatch',
  title: 'The EKS token is made for another cluster',
  severity: 'error',
  description:
    'An EKS token signs the cluster name as the `x-k8s-aws-id` header, and the cluster’s ' +
    'authenticator replays it with its own name: a token made for another cluster fails STS’s ' +
    'signature check and the server answers Unauthorized. The gate replays the token for the ' +
    'cluster the context points at (the `eks-cluster` input, or the cluster ARN the context is ' +
    'named after) and, when that fails, for the name in the exec arguments. Usually a copied ' +
    'kubeconfig entry with a stale `--cluster-name`.',
  remediation:
    'Make the exec plugin’s `--cluster-name` (aws-iam-authenticator: `-i`) the cluster’s name, or ' +
    'regenerate the entry: `aws eks update-kubeconfig --name <cluster> --region <region>`.',
  doubtsCloudNames: true,
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const token = aws.token;
      const named = aws.eks.execCluster;
      const expected = token?.clusterId;
      // Proven by STS (the token verifies only for the other name), or stated by the kubeconfig.
      const proven = Boolean(token?.signedFor);
      const stated = Boolean(
        named && !aws.eks.outpostsId && aws.eks.contextCluster && named !== aws.eks.contextCluster,
      );
      if (!proven && !stated) continue;
      const other = token?.signedFor ?? named;
      const target = expected ?? aws.eks.contextCluster;
      const flag = aws.eks.authenticator === 'aws-iam-authenticator' ? '-i' : '--cluster-name';
      out.push({
        message:
          `Context "${t.contextName}": the exec plugin makes tokens for cluster "${other}" (${flag} ${other}), but the context is cluster "${target}".` +
          (proven
            ? ` STS confirms it: the token verifies with x-k8s-aws-id "${other}" and fails with "${target}".`
            : ''),
        remediation: `Set \`${flag} ${target}\` in the exec arguments, or run \`aws eks update-kubeconfig --name ${target} --region ${aws.region}\`.`,
        context: t.contextName,
        evidence: {
          tokenCluster: other ?? null,
          contextCluster: target ?? null,
          provenBySts: proven,
        },
        ...(t.user ? { location: fieldLocation(t.user, 'exec') } : {}),
      });
    }
    return out;
  },
});
