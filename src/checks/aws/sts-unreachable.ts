import { defineCheck } from '../../model/check.js';
import { awsTargets, callerExpired, callerInvalid } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'aws/sts-unreachable',
  title: 'AWS STS cannot be reached or failed',
  severity: 'error',
  description:
    'GetCallerIdentity did not get an answer about the credentials: STS could not be reached ' +
    '(DNS, proxy, firewall, a wrong AWS_ENDPOINT_URL), timed out, throttled, or failed. The EKS ' +
    'exec plugin and the cluster’s authenticator both depend on STS, so this also explains 401s.',
  remediation:
    'Check the runner’s route to STS (regional endpoint sts.<region>.amazonaws.com, proxies, ' +
    'VPC endpoints on self-hosted runners) and any AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_STS setting.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const c = aws.caller;
      if (!c || c.ok || callerInvalid(aws) || callerExpired(aws)) continue;
      out.push({
        message: `Context "${t.contextName}": GetCallerIdentity in ${aws.region ?? '?'} failed (${c.code}${c.status ? `, HTTP ${c.status}` : ''}: ${c.message}).`,
        context: t.contextName,
        evidence: { code: c.code, status: c.status ?? null, region: aws.region ?? null },
      });
    }
    return out;
  },
});
