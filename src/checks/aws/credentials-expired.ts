import { defineCheck } from '../../model/check.js';
import { awsTargets, callerExpired, providerExpired } from '../../model/aws/view.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'aws/credentials-expired',
  title: 'AWS session has expired',
  severity: 'error',
  description:
    'The runner’s AWS credentials are temporary and their session is over: STS answered ' +
    'ExpiredToken, the credentials’ expiry is past, or the SSO session behind the profile has ' +
    'ended. EKS tokens can no longer be signed, so kubectl fails (exec error or Unauthorized).',
  remediation:
    'Get a fresh session: run `aws-actions/configure-aws-credentials` again (closer to the deploy, or ' +
    'with a longer `role-duration-seconds`), or `aws sso login` for an SSO profile.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const cred = aws.credentials?.ok ? aws.credentials.value : undefined;
      const pastExpiry =
        cred?.expiresAt &&
        judgeExpiry({ notAfter: cred.expiresAt }, now, settings).state === 'expired';
      if (!callerExpired(aws) && !providerExpired(aws) && !pastExpiry) continue;
      const why =
        aws.caller?.ok === false && callerExpired(aws)
          ? `STS answered ${aws.caller.code}`
          : aws.credentials?.ok === false
            ? aws.credentials.detail
            : `they expired at ${cred?.expiresAt}`;
      out.push({
        message: `Context "${t.contextName}": the runner's AWS credentials${cred ? ` (from ${cred.source})` : ''} have expired: ${why}.`,
        context: t.contextName,
        evidence: { source: cred?.source ?? null, expiresAt: cred?.expiresAt ?? null },
      });
    }
    return out;
  },
});
