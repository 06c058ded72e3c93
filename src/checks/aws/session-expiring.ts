import { defineCheck } from '../../model/check.js';
import { awsTargets } from '../../model/aws/view.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'aws/session-expiring',
  title: 'AWS session ends before the deploy would',
  severity: 'error',
  description:
    'The runner’s temporary AWS credentials expire within `min-validity`. kubectl runs the EKS exec ' +
    'plugin again for each command (tokens last 15 minutes), so once the session ends the remaining ' +
    'steps of the deploy fail with ExpiredToken half way through.',
  remediation:
    'Ask for a longer session (`role-duration-seconds` of `aws-actions/configure-aws-credentials`, ' +
    'within the role’s maximum session duration), or get the credentials right before the deploy.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const cred = aws.credentials?.ok ? aws.credentials.value : undefined;
      if (!cred?.expiresAt) continue;
      const verdict = judgeExpiry({ notAfter: cred.expiresAt }, now, settings);
      if (verdict.state !== 'expiring' || verdict.severity !== 'error') continue;
      out.push({
        message: `Context "${t.contextName}": the runner's AWS session (from ${cred.source}) ${verdict.phrase}.`,
        context: t.contextName,
        evidence: {
          source: cred.source,
          expiresAt: cred.expiresAt,
          secondsLeft: verdict.secondsLeft ?? null,
        },
      });
    }
    return out;
  },
});
