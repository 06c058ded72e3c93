import { defineCheck } from '../../model/check.js';
import { eksTargets } from '../../model/aws/eks-view.js';
import {
  CALL_PURPOSE,
  unansweredCalls,
  VALIDATOR_ACTIONS,
} from '../../model/aws/validator-policy.js';
import type { FindingDraft } from '../../model/finding.js';

const THROTTLED = /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/;

export default defineCheck({
  id: 'eks/api-unavailable',
  title: 'The EKS API gave no answer: checks inconclusive',
  severity: 'warning',
  description:
    'A read-only call of the gate to EKS or CloudWatch Logs failed for a reason other than IAM: the ' +
    'service throttled it even after the SDK’s retries with backoff, answered 5xx, timed out, or ' +
    'the network refused it. The checks that need that answer did not run. kubectl does not need ' +
    'these calls, so the deploy itself may still work.',
  remediation:
    'Re-run the job. If throttling persists, other automation in the account is polling the EKS ' +
    'API (shared per-account request limits). If the calls time out or are refused, the runner ' +
    'cannot reach `eks.<region>.amazonaws.com` (proxy, firewall, or a VPC without the ' +
    '`com.amazonaws.<region>.eks` endpoint); a longer `timeout` helps only a slow network.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, api } of eksTargets(targets)) {
      const failed = unansweredCalls(api);
      if (failed.length === 0) continue;
      const said = failed.map(
        (f) =>
          `${VALIDATOR_ACTIONS[f.key]}: ${f.code}${f.attempts ? ` after ${f.attempts} attempts` : ''}`,
      );
      const throttled = failed.every((f) => THROTTLED.test(f.code));
      out.push({
        message:
          `Context "${t.contextName}": ${throttled ? 'EKS throttled' : 'no answer to'} ${said.join('; ')}; ` +
          `unchecked: ${failed.map((f) => CALL_PURPOSE[f.key]).join('; ')}.`,
        context: t.contextName,
        evidence: {
          cluster: api.clusterName,
          calls: failed.map((f) => VALIDATOR_ACTIONS[f.key]),
          errors: failed.map((f) => `${f.code}: ${f.message}`),
        },
      });
    }
    return out;
  },
});
