import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { duplicateNames } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/unparseable',
  title: 'Kubeconfig cannot be parsed',
  severity: 'error',
  description:
    'kubectl refuses a kubeconfig file that is not valid YAML, is not a mapping, is not ' +
    '`apiVersion: v1` / `kind: Config`, or has a value of the wrong type (a number where text ' +
    'belongs, a quoted "true" for a boolean): `error loading config file "<file>": …`. One bad ' +
    'file in KUBECONFIG fails every command, whichever context is used.',
  remediation:
    'Fix the file at the line and column given. Common causes: tabs used for indentation; an ' +
    'unquoted value YAML reads as a number or boolean (quote it: `token: "12345"`, ' +
    '`current-context: "on"`); `insecure-skip-tls-verify: "true"` (drop the quotes); a secret ' +
    'holding base64 written to the file without decoding (`echo "$KUBECONFIG_B64" | base64 -d > ' +
    'file`); a manifest or ExecCredential pasted instead of a kubeconfig. Check with ' +
    '`kubectl config view --kubeconfig <file>`, or regenerate it with the cloud CLI.',
  run({ kubeconfig }) {
    const out: FindingDraft[] = [];
    for (const f of kubeconfig.files) {
      if (f.status !== 'invalid' || duplicateNames(f).length > 0) continue;
      const pos = f.position ? `:${f.position.line}:${f.position.column}` : '';
      out.push({
        message: `kubectl cannot load ${f.path}${pos}: ${f.error ?? 'invalid kubeconfig'}.`,
        evidence: {
          file: f.path,
          line: f.position?.line ?? null,
          column: f.position?.column ?? null,
          error: f.error ?? null,
        },
        location: { file: f.path, ...(f.position ?? {}) },
      });
    }
    return out;
  },
});
