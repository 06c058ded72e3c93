import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'exec/interactive-required',
  title: 'Exec plugin requires an interactive terminal',
  severity: 'error',
  description:
    'With `interactiveMode: Always` client-go gives the plugin the terminal and refuses to run it ' +
    'when standard input is not one. A CI job has no TTY, so kubectl fails with `exec plugin ' +
    'cannot support interactive mode: standard input is not a terminal`. Plugins that need a ' +
    'person (browser or device-code logins, MFA prompts) cannot work in CI at all.',
  remediation:
    'Use a non-interactive login and set `interactiveMode: Never` (or `IfAvailable`). EKS: ' +
    '`aws-actions/configure-aws-credentials` with `role-to-assume` (OIDC, `permissions: ' +
    'id-token: write`) and `aws eks get-token`. GKE: `google-github-actions/auth` with ' +
    '`workload_identity_provider` + `google-github-actions/setup-gcloud` and ' +
    '`gke-gcloud-auth-plugin`. AKS: `azure/login` with OIDC, then `kubelogin convert-kubeconfig ' +
    '-l azurecli` (or `-l workloadidentity`). Generic OIDC (int128 kubelogin): use a ' +
    'service-account token or a client-credentials grant instead of a browser login.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'interactive-required') continue;
      const user = t.user?.name ?? '?';
      const where = x.origin.line ? `${x.origin.file}:${x.origin.line}` : x.origin.file;
      out.push({
        message:
          `User "${user}" (${where}) sets interactiveMode: ${x.interactiveMode ?? 'Always'} for ` +
          `\`${x.command}\`; this job has no terminal, so kubectl fails with: ` +
          `${x.detail ?? 'standard input is not a terminal'}.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command,
          interactiveMode: x.interactiveMode ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
