import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import type { ExecCause } from '../../model/materials.js';

const OIDC_AWS =
  'In CI use `aws-actions/configure-aws-credentials@v4` with `role-to-assume: <role arn>` and ' +
  '`aws-region`, plus `permissions: id-token: write`, before this step';

/** The fix for each recognised cause. */
const FIX: Partial<Record<ExecCause, string>> = {
  'aws-sso-expired': `${OIDC_AWS} (SSO sessions need a browser). Locally: \`aws sso login --profile <profile>\`.`,
  'aws-profile-missing': `${OIDC_AWS}, and remove \`--profile\` / the AWS_PROFILE env entry from the exec stanza (or create the profile: \`aws configure set region <region> --profile <profile>\`).`,
  'aws-expired-token': `The session credentials expired: run \`aws-actions/configure-aws-credentials\` closer to this step or raise \`role-duration-seconds\` (and the role's MaxSessionDuration); locally refresh them (\`aws sso login\`, \`aws sts assume-role\`).`,
  'aws-no-credentials': `${OIDC_AWS}. With access keys use secrets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY through the same action.`,
  'aws-assume-role-denied': `The caller may not assume the role: the role's trust policy must allow the caller (for GitHub OIDC: \`token.actions.githubusercontent.com:sub\` matching \`repo:<owner>/<repo>:*\`) and the caller needs \`sts:AssumeRole\` on it; check \`--role-arn\` / \`--role\` in the exec args.`,
  'aws-invalid-keys':
    'Rotate the access key (`aws iam create-access-key`) and update the repository secrets; better, switch to OIDC with `aws-actions/configure-aws-credentials` and `role-to-assume`.',
  'gcloud-reauth':
    'Use `google-github-actions/auth@v2` with `workload_identity_provider` and `service_account` (or `credentials_json`), then `google-github-actions/setup-gcloud@v2`. Locally: `gcloud auth login`.',
  'gcloud-no-account':
    'Authenticate first with `google-github-actions/auth@v2` (workload identity federation), then `google-github-actions/setup-gcloud@v2`. Locally: `gcloud auth login` or `gcloud config set account <account>`.',
  'azure-aadsts':
    'Sign in non-interactively: `azure/login@v2` with `client-id`, `tenant-id`, `subscription-id` and a federated credential for this repository (`permissions: id-token: write`), then `kubelogin convert-kubeconfig -l azurecli`. Locally: `az login`.',
  'kubectl-plugin-missing':
    'Install the kubectl plugin on the runner (e.g. `kubectl krew install oidc-login`) or call its binary directly in `command`.',
};

export default defineCheck({
  id: 'exec/failed',
  title: 'Exec credential plugin failed',
  severity: 'error',
  description:
    'The exec plugin exited with a non-zero status, so kubectl fails with `exec: executable <cmd> ' +
    'failed with exit code <n>` and never reaches the cluster. The finding quotes the end of its ' +
    'stderr (secrets masked) and, when the cause is recognised (expired AWS SSO session, missing ' +
    'profile, ExpiredToken, no credentials, denied AssumeRole, gcloud reauth, Entra ID AADSTS ' +
    'errors), the exact fix.',
  remediation:
    'Run the same command with the same environment in a step before this one to see the full ' +
    'error. EKS: `aws-actions/configure-aws-credentials` with `role-to-assume`; GKE: ' +
    '`google-github-actions/auth` + `setup-gcloud`; AKS: `azure/login` + `kubelogin ' +
    'convert-kubeconfig -l azurecli`; kubeadm/static credentials need no plugin.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'failed') continue;
      const user = t.user?.name ?? '?';
      const fix = x.cause ? FIX[x.cause] : undefined;
      const stderr = x.stderrExcerpt ? `\nstderr (last lines, masked):\n${x.stderrExcerpt}` : '';
      out.push({
        message: `The exec plugin of user "${user}" failed: ${x.detail ?? 'non-zero exit'}${stderr}`,
        context: t.contextName,
        ...(fix ? { remediation: fix } : {}),
        evidence: {
          user,
          command: x.command,
          exitCode: x.exitCode ?? null,
          signal: x.signal ?? null,
          cause: x.cause ?? null,
          stderr: x.stderrExcerpt ?? null,
          durationMs: x.durationMs ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
