/** The audit's tracking issue: what it says, and what to do with it given what exists. Pure. */
import type { Report } from '../report/model.js';
import { byExpiry } from '../report/model.js';
import { cell, code } from '../report/markdown.js';

/** The hidden marker that finds the issue again: one per repository and audit name. */
export const marker = (name: string): string =>
  `<!-- kube-preflight:tracking-issue:${encodeURIComponent(name)} -->`;

const MAX_ROWS = 50;
const MAX_FINDINGS = 50;

export interface IssueText {
  title: string;
  body: string;
}

/**
 * The issue for an audit that found problems, the soonest expiry first. Only what changes with the
 * fleet's state goes in (no times relative to the run), so a re-run leaves the issue alone.
 */
export function issueText(report: Report, name: string, runUrl?: string): IssueText {
  const bad = byExpiry(report.contexts).filter((c) => c.status !== 'pass');
  const { errors, warnings } = report.counts;
  const rows = bad
    .slice(0, MAX_ROWS)
    .map(
      (c) =>
        `| ${code(c.name)} | ${cell(c.expiringKind)} | ${cell(c.expiresAt ?? 'no expiry')} | ${c.status} |`,
    );
  const findings = report.findings
    .filter((f) => f.severity !== 'notice')
    .slice(0, MAX_FINDINGS)
    .map(
      (f) =>
        `- **${f.severity}** ${code(f.id)}${f.context ? ` (${code(f.context)})` : ''}: ${cell(f.title)}`,
    );
  const body = [
    marker(name),
    `kube-preflight's audit **${name}** found ${errors} error(s) and ${warnings} warning(s) in ${bad.length} of ${report.contexts.length} context(s).`,
    ...(runUrl ? [`Latest run: ${runUrl} (its job summary has every finding in full).`] : []),
    '',
    '| Context | Credential | Expires | Status |',
    '|---|---|---|---|',
    ...rows,
    ...(bad.length > rows.length
      ? ['', `_${bad.length - rows.length} more in the run's summary._`]
      : []),
    '',
    '### Findings',
    ...findings,
    '',
    'This issue is kept up to date by each audit run and closed when every context is healthy.',
  ].join('\n');
  const where = bad.length ? ` in ${bad.length} context(s)` : '';
  return {
    title: `kube-preflight audit "${name}": ${errors} error(s), ${warnings} warning(s)${where}`,
    body,
  };
}

export interface ExistingIssue {
  number: number;
  state: string;
  body?: string | null;
  user?: { type?: string } | null;
  author_association?: string;
}

/**
 * Only an issue a bot or someone with write access opened can be ours: on a public repository
 * anyone may open an issue that carries the marker, and the audit must not adopt (or close) it.
 */
const trusted = (i: ExistingIssue) =>
  i.user?.type === 'Bot' ||
  ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(i.author_association ?? '');

export type IssueAction =
  | { kind: 'create'; text: IssueText }
  | { kind: 'update'; number: number; text: IssueText }
  | { kind: 'close'; number: number; comment: string }
  | { kind: 'none'; why: string };

/** What to do: create (problems, no open issue), update (problems), close (healthy), or nothing. */
export function decideIssue(
  report: Report,
  name: string,
  open: ExistingIssue[],
  runUrl?: string,
  scrub: (s: string) => string = (s) => s,
): IssueAction {
  const mine = open.find((i) => i.state === 'open' && trusted(i) && i.body?.includes(marker(name)));
  const healthy = report.result === 'pass';
  if (healthy && !mine)
    return { kind: 'none', why: 'every context is healthy and no issue is open' };
  if (healthy && mine)
    return {
      kind: 'close',
      number: mine.number,
      comment: `Every context is healthy as of ${report.generatedAt}${runUrl ? ` (${runUrl})` : ''}. Closing.`,
    };
  // Compared as it would be stored: scrubbed.
  const raw = issueText(report, name, runUrl);
  const text = { title: scrub(raw.title), body: scrub(raw.body) };
  if (!mine) return { kind: 'create', text };
  if (mine.body === text.body) return { kind: 'none', why: `issue #${mine.number} is up to date` };
  return { kind: 'update', number: mine.number, text };
}
