import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'exec/timeout',
  title: 'Exec credential plugin did not finish in time',
  severity: 'error',
  description:
    'The exec plugin was still running when the time budget (`timeout` input) ran out, or it ' +
    'exited while a process it started kept stdout open (kubectl waits for stdout to close, so ' +
    'it would hang too). Plugins usually hang waiting for a login prompt, a browser, an MFA ' +
    'code or the network (instance metadata, STS, the identity provider).',
  remediation:
    'Run the command by hand in a step before this one, with the same environment and no stdin ' +
    '(`</dev/null`), to see where it waits. Make the login non-interactive (EKS: ' +
    '`aws-actions/configure-aws-credentials`; GKE: `google-github-actions/auth`; AKS: ' +
    '`azure/login` then `kubelogin convert-kubeconfig -l azurecli`), set ' +
    '`AWS_EC2_METADATA_DISABLED=true` off EC2, check the runner can reach the identity ' +
    'provider, or raise the `timeout` input if the plugin is merely slow.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'timeout') continue;
      const user = t.user?.name ?? '?';
      const secs = x.durationMs !== undefined ? ` after ${(x.durationMs / 1000).toFixed(1)}s` : '';
      const stderr = x.stderrExcerpt ? `\nstderr (last lines, masked):\n${x.stderrExcerpt}` : '';
      const heldOpen = x.cause === 'stdout-held-open';
      out.push({
        message:
          `The exec plugin \`${x.command}\` of user "${user}" was stopped${secs}: ` +
          `${x.detail ?? 'it did not finish in time'}.${stderr}`,
        context: t.contextName,
        ...(heldOpen
          ? {
              remediation:
                'The plugin (or a wrapper script) leaves a background process attached to stdout. ' +
                "Redirect that process's output (`cmd >/dev/null 2>&1 &`) or close stdout " +
                'before starting it, so stdout closes when the plugin exits.',
            }
          : {}),
        evidence: {
          user,
          command: x.command,
          durationMs: x.durationMs ?? null,
          stdoutHeldOpen: heldOpen,
          stderr: x.stderrExcerpt ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
