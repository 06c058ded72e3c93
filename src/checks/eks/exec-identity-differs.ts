import { defineCheck } from '../../model/check.js';
import { principalSeen } from '../../model/aws/eks-view.js';
import { awsTargets, callerPrincipal } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/exec-identity-differs',
  title: 'The cluster sees another IAM identity than the runner’s',
  severity: 'notice',
  description:
    'The token kubectl sends (from the exec plugin, or a static token) belongs to another IAM ' +
    'principal than the runner’s own credentials: the exec plugin assumes `--role-arn`, uses ' +
    'another `--profile`, or the static token was made elsewhere. That is often intended, but the ' +
    'mapping that matters is the token’s principal, not the one `aws sts get-caller-identity` ' +
    'prints in the job.',
  remediation:
    'Map the principal the cluster sees (shown here), or drop `--role-arn` / `--profile` from the ' +
    'exec arguments if the runner’s own role is the one that should deploy.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      // principalSeen is the token's principal once the replay succeeded.
      const seen = aws.token?.replay.ok ? principalSeen(aws)?.canonical : undefined;
      const runner = callerPrincipal(aws);
      if (!seen || !runner || seen.toLowerCase() === runner.toLowerCase()) continue;
      const why = aws.eks.roleArn
        ? ` (the exec plugin assumes ${aws.eks.roleArn})`
        : aws.eks.profile
          ? ` (the exec plugin uses profile "${aws.eks.profile}")`
          : aws.token?.from === 'static'
            ? ' (a static token in the kubeconfig)'
            : '';
      out.push({
        message: `Context "${t.contextName}": the cluster will see ${seen}${why}, not the runner's ${runner}.`,
        context: t.contextName,
        evidence: {
          clusterSees: seen,
          runner,
          roleArn: aws.eks.roleArn ?? null,
          profile: aws.eks.profile ?? null,
          token: aws.token?.from ?? null,
        },
      });
    }
    return out;
  },
});
