import { defineCheck } from '../../model/check.js';
import { awsTargets, eksWhy, providerExpired } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'aws/no-credentials',
  title: 'No AWS credentials on the runner',
  severity: 'error',
  description:
    'The context reaches an EKS cluster, so its token is signed with AWS credentials — but the ' +
    'AWS SDK’s default chain (environment, web identity, profiles with SSO and credential_process, ' +
    'container and instance metadata) found none, or a profile is broken. `aws eks get-token` then ' +
    'fails with "Unable to locate credentials" and kubectl with an exec error. Common in pull ' +
    'requests from forks and Dependabot, which get no OIDC token and no secrets.',
  remediation:
    'Add `aws-actions/configure-aws-credentials` with `role-to-assume` before this step (it needs ' +
    '`permissions: id-token: write` for OIDC); on a self-hosted runner, use an instance profile or ' +
    'set AWS_PROFILE to a profile that exists.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const c = aws.credentials;
      if (!c || c.ok || providerExpired(aws)) continue;
      out.push({
        message:
          c.why === 'none'
            ? `Context "${t.contextName}" is an EKS context (${eksWhy(aws)}), but no AWS credentials were found on this runner: ${c.detail}.`
            : `Context "${t.contextName}" is an EKS context (${eksWhy(aws)}), but loading AWS credentials failed: ${c.detail}.`,
        context: t.contextName,
        evidence: { why: c.why, detail: c.detail, profile: aws.eks.profile ?? null },
      });
    }
    return out;
  },
});
