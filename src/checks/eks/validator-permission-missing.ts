import { defineCheck } from '../../model/check.js';
import { eksTargets } from '../../model/aws/eks-view.js';
import { accountOf, partitionOf } from '../../model/aws/arn.js';
import {
  CALL_PURPOSE,
  deniedCalls,
  VALIDATOR_ACTIONS,
  validatorPolicy,
} from '../../model/aws/validator-policy.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/validator-permission-missing',
  title: 'The gate may not read what it needs from EKS: checks inconclusive',
  severity: 'warning',
  description:
    'IAM denied some of the gate’s read-only calls (DescribeCluster, ListUpdates, the access-entry ' +
    'calls, FilterLogEvents), so the checks that need them could not run. This is about the gate, ' +
    'not the deploy: kubectl needs none of these permissions.',
  remediation:
    'Grant the runner’s role the least-privilege policy in the finding (also in the README), or ' +
    'accept the inconclusive checks.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws, api } of eksTargets(targets)) {
      const denied = deniedCalls(api);
      if (denied.length === 0) continue;
      const arn = aws.caller?.ok ? aws.caller.arn : '';
      const policy = validatorPolicy({
        cluster: api.clusterName,
        ...(aws.region ? { region: aws.region } : {}),
        ...(accountOf(arn) ? { account: accountOf(arn) } : {}),
        ...(partitionOf(arn) ? { partition: partitionOf(arn) } : {}),
      });
      out.push({
        message: `Context "${t.contextName}": ${arn || 'the runner'} may not call ${denied.map((k) => VALIDATOR_ACTIONS[k]).join(', ')}; unchecked: ${denied.map((k) => CALL_PURPOSE[k]).join('; ')}.`,
        remediation: `Attach this policy to the runner’s role:\n\`\`\`json\n${JSON.stringify(policy, null, 2)}\n\`\`\``,
        context: t.contextName,
        evidence: { denied: denied.map((k) => VALIDATOR_ACTIONS[k]), cluster: api.clusterName },
      });
    }
    return out;
  },
});
