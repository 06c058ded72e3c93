import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'kubeconfig/redacted',
  title: 'Kubeconfig holds redacted placeholders',
  severity: 'error',
  description:
    '`kubectl config view` without `--raw` replaces secrets with `REDACTED` and certificate data ' +
    'with `DATA+OMITTED`. A kubeconfig copied from that output sends the word as a token (401 ' +
    'Unauthorized) or decodes the placeholder as certificate data, which is not a certificate.',
  remediation:
    'Export the kubeconfig again with the real values: `kubectl config view --raw --minify ' +
    '--flatten > kubeconfig` (then `base64 -w0 kubeconfig` for a secret), or regenerate it with ' +
    'the cloud CLI (`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, ' +
    '`az aks get-credentials`).',
  run({ targets, kubeconfig }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const [kind, entry] of [
        ['cluster', t.cluster],
        ['user', t.user],
      ] as const) {
        if (!entry) continue;
        const file = entry.origin.file;
        const prefix = `${kind} "${entry.name}" `;
        const records = kubeconfig.files.find((f) => f.path === file)?.redacted ?? [];
        for (const r of records) {
          if (!r.field.startsWith(prefix)) continue;
          const where = r.line ? `${file}:${r.line}` : file;
          out.push({
            message:
              `${kind} "${entry.name}" has \`${r.field.slice(prefix.length)}\` = "${r.placeholder}" ` +
              `(${where}): a placeholder from \`kubectl config view\`, not the real value.`,
            context: t.contextName,
            evidence: { file, line: r.line ?? null, field: r.field, placeholder: r.placeholder },
            location: { file, ...(r.line ? { line: r.line } : {}) },
          });
        }
      }
    }
    return out;
  },
});
