import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import type { RefusedKind } from '../../model/kubeconfig.js';
import { duplicateNames } from '../../model/kubeconfig-rules.js';

/** A file our own guards refused: what it means, and the fix (not a YAML typo to correct). */
const REFUSED: Record<RefusedKind, { why: string; fix: string }> = {
  size: {
    why: 'A kubeconfig is a few kilobytes, so this file holds something else or far too much',
    fix:
      'Check what the file or secret really holds (`ls -l <file>`, `head -c 300 <file>`): a log, ' +
      'an archive, or many kubeconfigs pasted together. Give the job only the context it uses: ' +
      '`kubectl config view --minify --flatten --context <name> > deploy.kubeconfig`, and store ' +
      'that as the secret.',
  },
  nodes: {
    why: 'Thousands of contexts is far more than a deploy needs, and parsing them would take seconds',
    fix:
      'Give the job only the context it uses: `kubectl config view --minify --flatten --context ' +
      '<name> > deploy.kubeconfig`, and store that as the secret. To audit a large fleet, split ' +
      'it into several files and pass them as a glob (`kubeconfig: kubeconfigs/*.yaml`).',
  },
  lines: {
    why:
      'kubectl writes a YAML node or more on every line (an EKS context is about 22 lines and 39 ' +
      'nodes), so lines past the node limit are padding (blank or comment lines, appended in a ' +
      'loop or by a broken template) that would take seconds to parse',
    fix:
      'Find what wrote the padding (`wc -l <file>`, `grep -c . <file>` counts the lines that are ' +
      'not blank, `tail <file>`) and fix that step, or regenerate the file: `kubectl config view ' +
      '--minify --flatten --context <name> > deploy.kubeconfig`.',
  },
  aliases: {
    why:
      'Its YAML anchors and aliases multiply into a huge document (an alias bomb, "billion ' +
      'laughs"); kubectl\'s YAML reader refuses it too ("excessive aliasing")',
    fix:
      'Do not use this file: a kubeconfig needs no YAML anchors. Regenerate it from its source ' +
      '(`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, `az aks ' +
      "get-credentials`, or your cluster's admin), and find out what wrote it.",
  },
  quoted: {
    why:
      'No kubeconfig value needs megabytes of double-quoted text, and the YAML parser unquotes it ' +
      'a character at a time (about 40 bytes of memory each); usually a quote left open, so the ' +
      'rest of the file became one value',
    fix:
      'Look at the line given (`sed -n "<line>p" <file> | head -c 300`): close the quote, or write ' +
      'the value unquoted on one line (base64 certificates and tokens need no quotes). If a ' +
      'template wrote it, fix the template, or regenerate the file: `kubectl config view --minify ' +
      '--flatten --context <name> > deploy.kubeconfig`.',
  },
  depth: {
    why: 'Its values nest deeper than any kubeconfig does (usually an alias that refers to itself)',
    fix:
      'Remove the self-referencing anchors and aliases near the line given, or regenerate the ' +
      'file with `kubectl config view --flatten` from a good copy.',
  },
};

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
      const refused = f.refused ? REFUSED[f.refused] : undefined;
      out.push({
        message: refused
          ? `kube-preflight will not read ${f.path}${pos}: it ${f.error ?? 'is refused'}. ${refused.why}.`
          : `kubectl cannot load ${f.path}${pos}: ${f.error ?? 'invalid kubeconfig'}.`,
        ...(refused ? { remediation: refused.fix } : {}),
        evidence: {
          file: f.path,
          line: f.position?.line ?? null,
          column: f.position?.column ?? null,
          error: f.error ?? null,
          refused: f.refused ?? null,
        },
        location: { file: f.path, ...(f.position ?? {}) },
      });
    }
    return out;
  },
});
