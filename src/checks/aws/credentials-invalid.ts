import { defineCheck } from '../../model/check.js';
import { awsTargets, callerInvalid } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'aws/credentials-invalid',
  title: 'AWS rejects the credentials',
  severity: 'error',
  description:
    'STS GetCallerIdentity — which needs no IAM permission and cannot be denied — refused the ' +
    'runner’s credentials: the access key does not exist or was deactivated ' +
    '(InvalidClientTokenId), or the secret does not fit the key (SignatureDoesNotMatch; a runner ' +
    'clock off by more than 5 minutes gives signature errors too). Every EKS token signed with ' +
    'them is rejected, and kubectl says "Unauthorized".',
  remediation:
    'Replace the stored access key (or better: switch to OIDC with ' +
    '`aws-actions/configure-aws-credentials` and `role-to-assume`), and check the runner’s clock.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      if (!callerInvalid(aws) || aws.caller?.ok !== false) continue;
      const cred = aws.credentials?.ok ? aws.credentials.value : undefined;
      const clock = t.live?.clock;
      const skewed = clock && Math.abs(clock.skewSeconds) >= 300;
      out.push({
        message:
          `Context "${t.contextName}": AWS STS rejected the runner's credentials (${aws.caller.code}: ${aws.caller.message}).` +
          (skewed
            ? ` The runner's clock is ${clock.skewSeconds}s off the API server's, which alone breaks AWS signatures.`
            : ''),
        context: t.contextName,
        evidence: {
          code: aws.caller.code,
          source: cred?.source ?? null,
          accessKeyPrefix: cred?.accessKeyPrefix ?? null,
          region: aws.region ?? null,
        },
      });
    }
    return out;
  },
});
