/** The job summary: a verdict, the identity, credentials with time left, and findings with fixes. */
import type { Finding } from '../model/finding.js';
import { byExpiry, type Report } from './model.js';
import { liveSections } from './summary-live.js';
import { cell, code, prose, proseLines } from './markdown.js';
import { plural, RESULT_ICON, RESULT_WORD, SEVERITY_ICON, timeLeft, tookText } from './text.js';

/** The runner refuses summaries over 1 MiB; stay well under it. */
export const MAX_SUMMARY_BYTES = 1000 * 1024;
const MAX_SUPPRESSED_ROWS = 100;

function verdict(report: Report): string[] {
  const alert = { pass: 'TIP', warn: 'WARNING', fail: 'CAUTION' }[report.result];
  const { errors, warnings, notices } = report.counts;
  const lines = [
    `## ${RESULT_ICON[report.result]} kube-preflight: ${RESULT_WORD[report.result]}`,
    '',
    `> [!${alert}]`,
    `> **${report.result.toUpperCase()}** — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}.`,
  ];
  if (report.identity) lines.push(`> The API server will see you as ${code(report.identity)}.`);
  if (report.expiresAt) {
    const now = new Date(report.generatedAt);
    lines.push(
      `> Earliest credential expiry: ${report.expiresAt} (${timeLeft(report.expiresAt, now)}).`,
    );
  }
  return lines;
}

function contextsTable(report: Report): string[] {
  if (report.contexts.length === 0) return [];
  const rows = report.contexts.map(
    (c) =>
      `| ${code(c.name)} | ${code(c.cluster)} | ${cell(c.server)} | ${code(c.user)} | ${cell(c.authMethod)} | ${code(c.identity)} |`,
  );
  return [
    '',
    '### Contexts',
    '',
    '| Context | Cluster | Server | User | Auth | Identity |',
    '|---|---|---|---|---|---|',
    ...rows,
  ];
}

function credentialsTable(report: Report): string[] {
  const now = new Date(report.generatedAt);
  const rows = report.contexts.flatMap((c) =>
    c.credentials.map(
      (r) =>
        `| ${code(c.name)} | ${cell(r.kind)} | ${cell(r.subject)} | ${cell(r.notAfter)} | ${cell(timeLeft(r.notAfter, now))}${r.renewedBy ? ` (renewed by the ${r.renewedBy})` : ''} | ${code(r.fingerprint?.slice(0, 23))} | ${cell(r.source)} |`,
    ),
  );
  if (rows.length === 0) return [];
  return [
    '',
    '### Credentials',
    '',
    '| Context | Kind | Subject | Expires | Time left | Fingerprint | Source |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

function evidenceDetails(f: Finding): string[] {
  if (!f.evidence || Object.keys(f.evidence).length === 0) return [];
  const rows = Object.entries(f.evidence).map(
    ([k, v]) => `| ${cell(k)} | ${cell(Array.isArray(v) ? v.join(', ') : String(v))} |`,
  );
  return [
    '',
    '<details><summary>Evidence</summary>',
    '',
    '| | |',
    '|---|---|',
    ...rows,
    '',
    '</details>',
  ];
}

function findingSection(f: Finding): string[] {
  const where = f.context ? ` — context ${code(f.context)}` : '';
  const named = f.location && f.message.includes(f.location.file);
  const loc =
    f.location && !named
      ? ` (${cell(f.location.file)}${f.location.line ? `:${f.location.line}` : ''})`
      : '';
  return [
    '',
    `#### ${SEVERITY_ICON[f.severity]} ${f.title} (${code(f.id)})${where}`,
    '',
    `${prose(f.message)}${loc}`,
    '',
    `**Fix:** ${proseLines(f.remediation)}`,
    ...evidenceDetails(f),
  ];
}

/** One collapsed block: what the policy file hid, each with its reason and where it was decided. */
function suppressedDetails(report: Report): string[] {
  const hidden = report.suppressed ?? [];
  if (!hidden.length) return [];
  const rows = hidden.slice(0, MAX_SUPPRESSED_ROWS).map((f) => {
    const s = f.suppressed;
    const until = s?.until ? ` (until ${s.until})` : '';
    return `| ${SEVERITY_ICON[f.severity]} ${code(f.id)} | ${code(f.context)} | ${cell(f.message)} | ${cell(s?.reason)}${until} | ${cell(s ? `${s.file}:${s.line}` : '')} |`;
  });
  return [
    '',
    `<details><summary>${plural(hidden.length, 'finding')} suppressed by the policy file</summary>`,
    '',
    '| Check | Context | Finding | Reason | Decided at |',
    '|---|---|---|---|---|',
    ...rows,
    ...(hidden.length > rows.length
      ? ['', `_${hidden.length - rows.length} more are in the JSON report._`]
      : []),
    '',
    '</details>',
  ];
}

const STATUS = { fail: '❌ fail', warn: '⚠️ warn', pass: '✅ pass' } as const;
const MAX_AUDIT_ROWS = 1000;

/** The audit's lead table: every context by time to expiry, the soonest first. */
function auditTable(report: Report): string[] {
  const now = new Date(report.generatedAt);
  const sorted = byExpiry(report.contexts);
  const rows = sorted
    .slice(0, MAX_AUDIT_ROWS)
    .map(
      (c) =>
        `| ${code(c.name)} | ${code(c.cluster)} | ${code(c.identity)} | ${cell(c.expiringKind)} | ${cell(c.expiresAt)} | ${cell(c.expiresAt ? timeLeft(c.expiresAt, now) : 'no expiry')} | ${STATUS[c.status ?? 'pass']} |`,
    );
  const more = sorted.length - rows.length;
  return [
    '',
    `### Audit: ${plural(report.contexts.length, 'context')}, soonest expiry first`,
    '',
    '| Context | Cluster | Identity | Credential | Expires | Time left | Status |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...(more > 0 ? ['', `_${more} more context(s) are in the JSON report._`] : []),
  ];
}

export function renderSummary(report: Report): string {
  // An audit leads with its expiry table; per-context tables would not scale to a fleet.
  const head =
    report.mode === 'audit'
      ? [...verdict(report), ...auditTable(report)]
      : [
          ...verdict(report),
          ...contextsTable(report),
          ...credentialsTable(report),
          ...liveSections(report),
        ];
  const tail = [
    ...suppressedDetails(report),
    '',
    `<sub>kube-preflight ${report.tool.version} · report schema v${report.schemaVersion} · ${report.generatedAt}${report.durationMs === undefined ? '' : ` · checked${tookText(report.durationMs)}`}</sub>`,
    '',
  ];
  const body: string[] = report.findings.length ? ['', '### Findings'] : ['', 'No problems found.'];
  let size = Buffer.byteLength([...head, ...tail].join('\n'));
  let shown = 0;
  for (const f of report.findings) {
    const section = findingSection(f);
    const bytes = Buffer.byteLength(section.join('\n')) + 1;
    if (size + bytes > MAX_SUMMARY_BYTES - 512) break;
    body.push(...section);
    size += bytes;
    shown++;
  }
  if (shown < report.findings.length) {
    body.push(
      '',
      `_${report.findings.length - shown} more finding(s) are in the JSON report (the summary is capped at 1 MiB)._`,
    );
  }
  return [...head, ...body, ...tail].join('\n');
}
