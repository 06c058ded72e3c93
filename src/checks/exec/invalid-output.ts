import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

const AWS_TEXT_FIX =
  'Make the AWS CLI print JSON: add `--output`, `json` to the exec `args` (current `aws eks ' +
  'update-kubeconfig` does this), or add an env entry `{name: AWS_DEFAULT_OUTPUT, value: json}` ' +
  'to the exec stanza. A profile with `output = text` or `table` in ~/.aws/config causes this.';

export default defineCheck({
  id: 'exec/invalid-output',
  title: 'Exec credential plugin printed an unusable credential',
  severity: 'error',
  description:
    "client-go reads the plugin's stdout as an ExecCredential JSON in the configured apiVersion, " +
    'with a `status` holding a token or a client certificate and key that match. Anything else ' +
    '(text output, log lines on stdout, a different apiVersion, a missing status, only a ' +
    'certificate or only a key, unparsable PEM) makes kubectl fail with the error in the finding.',
  remediation:
    'Run the plugin by hand with `KUBERNETES_EXEC_INFO` set and check its stdout is one JSON ' +
    'ExecCredential. Set the exec `apiVersion` to what the plugin returns (aws, ' +
    'aws-iam-authenticator, kubelogin and gke-gcloud-auth-plugin echo v1 or v1beta1 from ' +
    '`KUBERNETES_EXEC_INFO`), force JSON output (AWS: `--output json`), and send logs to stderr.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'invalid-output') continue;
      const user = t.user?.name ?? '?';
      out.push({
        message:
          `The exec plugin \`${x.command}\` of user "${user}" exited 0 but kubectl cannot use ` +
          `its output: ${x.detail ?? 'not an ExecCredential'}.`,
        context: t.contextName,
        ...(x.cause === 'aws-text-output' ? { remediation: AWS_TEXT_FIX } : {}),
        evidence: {
          user,
          command: x.command,
          apiVersion: x.apiVersion ?? null,
          cause: x.cause ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
