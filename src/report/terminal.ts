/** The CLI's report: coloured when the terminal supports it, plain otherwise. */
import type { Severity } from '../model/finding.js';
import type { Diagnosis } from '../diagnose/index.js';
import { byExpiry, type ContextReport, type Report, type Result } from './model.js';
import { plural, RESULT_WORD, timeLeft, tookText } from './text.js';

const CODES = { red: 31, yellow: 33, green: 32, cyan: 36, dim: 2, bold: 1 } as const;
type Colour = keyof typeof CODES;

export function renderTerminal(report: Report, colour: boolean): string {
  const paint = (c: Colour, s: string) => (colour ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
  const sevColour: Record<Severity, Colour> = { error: 'red', warning: 'yellow', notice: 'cyan' };
  const resColour: Record<Result, Colour> = { fail: 'red', warn: 'yellow', pass: 'green' };
  const now = new Date(report.generatedAt);
  const out: string[] = [];
  const { errors, warnings, notices } = report.counts;
  out.push(
    paint(
      'bold',
      paint(
        resColour[report.result],
        `${report.result.toUpperCase()}: ${RESULT_WORD[report.result]}`,
      ),
    ) +
      ` (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')})${tookText(report.durationMs)}`,
  );
  if (report.mode === 'audit') out.push(...auditLines(report, now, (r) => paint(resColour[r], r)));
  for (const c of report.mode === 'audit' ? [] : report.contexts) {
    out.push(
      '',
      `${paint('bold', `context ${c.name}`)}  cluster=${c.cluster ?? '—'}  user=${c.user ?? '—'}  auth=${c.authMethod}`,
    );
    if (c.server) out.push(`  server    ${c.server}`);
    if (c.identity) out.push(`  identity  ${c.identity}`);
    out.push(...liveLines(c, paint));
    for (const r of c.credentials) {
      const left = timeLeft(r.notAfter, now);
      out.push(
        `  ${r.kind.padEnd(18)} ${(r.subject ?? '').padEnd(28)} ${r.notAfter ? `${r.notAfter} (${left}${r.renewedBy ? `, renewed by the ${r.renewedBy}` : ''})` : 'no expiry'}`,
      );
    }
  }
  for (const f of report.findings) {
    const label = paint(sevColour[f.severity], f.severity.toUpperCase().padEnd(7));
    out.push(
      '',
      `${label} ${paint('bold', f.title)} ${paint('dim', `[${f.id}]`)}${f.context ? ` (context ${f.context})` : ''}`,
    );
    out.push(`        ${f.message}`);
    if (f.location)
      out.push(
        paint(
          'dim',
          `        at ${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`,
        ),
      );
    out.push(
      `        ${paint('green', 'fix:')} ${f.remediation.replace(/\n/g, '\n             ')}`,
    );
  }
  if (report.findings.length === 0) out.push('', 'No problems found.');
  const hidden = report.suppressed ?? [];
  if (hidden.length) {
    const ids = [...new Set(hidden.map((f) => f.id))].join(', ');
    const where = report.policy?.path ?? 'the policy file';
    out.push('', paint('dim', `${hidden.length} finding(s) suppressed by ${where}: ${ids}`));
  }
  for (const c of report.contexts) if (c.diagnosis) out.push(...diagnosisLines(c.diagnosis, paint));
  return `${out.join('\n')}\n`;
}

type Paint = (c: Colour, s: string) => string;

/** An audit: one line per context, the soonest expiry first. */
function auditLines(report: Report, now: Date, status: (r: Result) => string): string[] {
  const sorted = byExpiry(report.contexts);
  const width = Math.min(40, Math.max(7, ...sorted.map((c) => c.name.length)));
  return [
    '',
    `${'CONTEXT'.padEnd(width)}  ${'EXPIRES'.padEnd(24)}  ${'LEFT'.padEnd(18)}  STATUS`,
    ...sorted.map(
      (c) =>
        `${c.name.padEnd(width)}  ${(c.expiresAt ?? '—').padEnd(24)}  ${(c.expiresAt ? timeLeft(c.expiresAt, now) : 'no expiry').padEnd(18)}  ${status(c.status ?? 'pass')}`,
    ),
  ];
}

function liveLines(c: ContextReport, paint: Paint): string[] {
  const live = c.live;
  if (!live) return [];
  if (live.status === 'skipped') return [paint('dim', `  live      skipped (${live.note ?? ''})`)];
  const out: string[] = [];
  const who = live.identity;
  const bits = [
    live.serverVersion ? `server ${live.serverVersion}` : undefined,
    who
      ? `seen as ${who.username}${who.groups.length ? ` [${who.groups.join(', ')}]` : ''}`
      : undefined,
    live.clockSkewSeconds !== undefined ? `clock skew ${live.clockSkewSeconds}s` : undefined,
    live.durationMs !== undefined ? `${live.durationMs} ms` : undefined,
  ].filter(Boolean);
  out.push(`  live      ${live.status}${bits.length ? ` — ${bits.join(', ')}` : ''}`);
  if (live.note) out.push(paint('dim', `            ${live.note}`));
  for (const p of live.permissions) {
    const mark =
      p.allowed === true
        ? paint('green', 'yes')
        : p.allowed === false
          ? paint('red', 'no ')
          : '?  ';
    out.push(`  can-i     ${mark} ${p.require}${p.reason ? paint('dim', ` (${p.reason})`) : ''}`);
  }
  return out;
}

function diagnosisLines(d: Diagnosis, paint: Paint): string[] {
  const out = ['', paint('bold', `Why it failed (context ${d.context}): ${d.observed}`)];
  if (d.windowNote) out.push(paint('dim', `  ${d.windowNote}`));
  d.causes.slice(0, 5).forEach((c, i) => {
    out.push(
      `  ${i + 1}. [${c.likelihood}] ${c.title}${c.window ? paint('dim', ` (within ${c.window})`) : ''}`,
    );
    for (const e of c.evidence) out.push(paint('dim', `       · ${e}`));
    out.push(`       ${paint('green', 'fix:')} ${c.fix}`);
  });
  return out;
}
