import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { duplicateNames } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/duplicate-name',
  title: 'Name defined twice in one kubeconfig file',
  severity: 'error',
  description:
    'Within one file every cluster, user and context name must be unique. kubectl refuses a file ' +
    'with a repeated name: `error loading config file "<file>": error converting *[]NamedCluster ' +
    'into *map[string]*api.Cluster: duplicate name "<n>" in list`, and prints the entries, ' +
    'credentials included, into the log. Appending a second `aws eks update-kubeconfig` output ' +
    'or concatenating two files by hand causes this.',
  remediation:
    'Keep one definition per name: delete or rename the other (and the contexts that point at ' +
    'it). Merge kubeconfigs with kubectl rather than by concatenation: ' +
    '`KUBECONFIG=a:b kubectl config view --flatten > merged`. Cloud CLIs update an existing entry ' +
    'in place when run again on the same file.',
  run({ kubeconfig }) {
    const out: FindingDraft[] = [];
    for (const f of kubeconfig.files) {
      for (const d of duplicateNames(f)) {
        const second = d.lines[1];
        out.push({
          message:
            `${d.kind} "${d.name}" is defined ${d.lines.length} times in ${f.path} (lines ` +
            `${d.lines.join(', ')}); kubectl refuses to load the file: duplicate name "${d.name}" in list.`,
          evidence: { file: f.path, kind: d.kind, name: d.name, lines: d.lines.map(String) },
          location: { file: f.path, ...(second ? { line: second } : {}) },
        });
      }
    }
    return out;
  },
});
