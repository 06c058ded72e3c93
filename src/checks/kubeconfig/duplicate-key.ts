import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'kubeconfig/duplicate-key',
  title: 'YAML key given twice; the last one wins',
  severity: 'warning',
  description:
    'A key repeated in one YAML mapping is not an error for kubectl: the last value silently ' +
    'replaces the earlier one. A second `server:` or `token:` added under an entry, or a second ' +
    '`current-context:` at the end of the file, overrides what the reader of the file expects.',
  remediation:
    'Delete the repeated key so each appears once, keeping the value you mean. ' +
    '`kubectl config view --raw` shows what kubectl actually uses.',
  run({ kubeconfig }) {
    const out: FindingDraft[] = [];
    for (const f of kubeconfig.files) {
      for (const d of f.duplicateKeys) {
        const where = d.line ? `${f.path}:${d.line}` : f.path;
        out.push({
          message: `\`${d.key}\` is given again at ${where}; kubectl keeps this last value and ignores the earlier one.`,
          evidence: { file: f.path, key: d.key, line: d.line ?? null },
          location: { file: f.path, ...(d.line ? { line: d.line } : {}) },
        });
      }
    }
    return out;
  },
});
