/** The check catalogue: docs/checks.md and `kube-preflight explain <id>`. */
import type { Check } from '../model/check.js';

export function renderCatalogue(checks: readonly Check[]): string {
  const areas = [...new Set(checks.map((c) => c.id.split('/')[0] as string))];
  const out = [
    '# kube-preflight check catalogue',
    '',
    '<!-- Generated from src/checks by `npm run docs`; do not edit by hand. -->',
    '',
    `${checks.length} checks. Each id is stable and appears in annotations, the job summary and the JSON report.`,
    'Severities are defaults: expiry checks raise a warning to an error inside `min-validity`.',
    '',
    '| Id | Severity | Title |',
    '|---|---|---|',
    ...checks.map((c) => `| [\`${c.id}\`](#${anchor(c.id)}) | ${c.severity} | ${c.title} |`),
  ];
  for (const area of areas) {
    out.push('', `## ${area}`);
    for (const c of checks.filter((x) => x.id.startsWith(`${area}/`))) {
      out.push(
        '',
        `### ${c.id}`,
        '',
        `**${c.title}** — default severity: ${c.severity}`,
        '',
        c.description,
        '',
        `**Fix:** ${c.remediation}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}

export function renderExplain(check: Check): string {
  return [
    `${check.id} — ${check.title} (default severity: ${check.severity})`,
    '',
    check.description,
    '',
    `Fix: ${check.remediation}`,
    '',
  ].join('\n');
}
