/** Job-summary sections for the live check: what the server said, permissions, and why it failed. */
import type { EksReport } from './eks.js';
import type { Cause, Diagnosis } from '../diagnose/index.js';
import { formatDuration } from '../model/duration.js';
import type { LiveReport } from './live.js';
import { cell, code, prose } from './markdown.js';
import type { ContextReport, Report } from './model.js';

const MAX_PERMISSION_ROWS = 50;
const MAX_CAUSES = 5;
const MAX_DETAILED_CONTEXTS = 20;

const PROBLEM: Record<Diagnosis['problem'], string> = {
  unauthorized: '401 Unauthorized',
  forbidden: '403 Forbidden',
  anonymous: 'requests run as system:anonymous',
  tls: 'the TLS handshake failed',
  unreachable: 'the API server could not be reached',
};

const LIKELIHOOD: Record<Cause['likelihood'], string> = {
  high: '**High**',
  medium: 'Medium',
  low: 'Low',
};

function skew(s: number | undefined): string {
  if (s === undefined) return '—';
  return s === 0 ? '0 s' : `${s > 0 ? '+' : '−'}${formatDuration(Math.abs(s))}`;
}

function liveTable(c: ContextReport, live: LiveReport): string[] {
  const who = live.identity;
  const seen = who ? `${code(who.username)}` : '—';
  const groups = who?.groups.length ? who.groups.map(code).join(' ') : '—';
  const extra = Object.entries(who?.extra ?? {})
    .map(([k, v]) => `${k}=${v.join(',')}`)
    .join('; ');
  const lines = [
    '',
    `### Live check — context ${code(c.name)}`,
    '',
    '| Server | Version | Seen as | Groups | Clock skew | Took |',
    '|---|---|---|---|---|---|',
    `| ${cell(c.server)} | ${cell(live.serverVersion)} | ${seen} | ${groups} | ${skew(live.clockSkewSeconds)} | ${live.durationMs === undefined ? '—' : `${live.durationMs} ms`} |`,
  ];
  if (extra) lines.push('', `Extra user info: ${cell(extra)}`);
  if (live.note) lines.push('', `_${prose(live.note)}_`);
  return lines;
}

function awsTable(c: ContextReport): string[] {
  const aws = c.aws;
  if (!aws || aws.skipped) return [];
  const caller = aws.callerArn
    ? code(aws.callerArn)
    : aws.callerError
      ? `❌ ${cell(aws.callerError)}`
      : '—';
  return [
    '',
    '| EKS cluster | Region | AWS credentials | Session expires | AWS caller |',
    '|---|---|---|---|---|',
    `| ${code(aws.eksCluster)} | ${cell(aws.region)} | ${cell(aws.credentialSource ?? 'none found')} | ${cell(aws.sessionExpiresAt)} | ${caller} |`,
    ...eksTable(aws.eks),
  ];
}

function eksTable(eks: EksReport | undefined): string[] {
  if (!eks) return [];
  const m = eks.mapping;
  const mapped = !m
    ? '❔ unknown'
    : m.source === 'none'
      ? '❌ not mapped'
      : `${m.source}: ${[m.username, m.groups?.length ? `groups ${m.groups.join(', ')}` : '', m.policies?.length ? `policies ${m.policies.join(', ')}` : ''].filter(Boolean).join('; ')}`;
  const status = eks.error ? `❌ ${eks.error}` : (eks.status ?? '—');
  return [
    '',
    '| Cluster status | Auth mode | Endpoint | Cluster sees | Mapping | Authenticator log |',
    '|---|---|---|---|---|---|',
    `| ${cell(status)} | ${cell(eks.authMode)} | ${cell(eks.endpointAccess)} | ${code(eks.clusterSees)} | ${cell(mapped)} | ${cell(eks.authenticatorLog)} |`,
  ];
}

function permissionsTable(live: LiveReport): string[] {
  if (live.permissions.length === 0) return [];
  const rows = live.permissions.slice(0, MAX_PERMISSION_ROWS).map((p) => {
    const result = p.allowed === true ? '✅ yes' : p.allowed === false ? '❌ no' : '❔ unknown';
    return `| ${code(p.require)} | ${cell(p.check)} | ${result} | ${cell(p.reason)} |`;
  });
  const more = live.permissions.length - rows.length;
  return [
    '',
    '| Require | Checked | Allowed | Authorizer’s reason |',
    '|---|---|---|---|',
    ...rows,
    ...(more > 0 ? ['', `_${more} more in the JSON report._`] : []),
  ];
}

function causeItem(c: Cause, i: number): string[] {
  const window = c.window ? ` _(within ${c.window})_` : '';
  return [
    `${i + 1}. ${LIKELIHOOD[c.likelihood]} — ${prose(c.title)}${window}`,
    ...c.evidence.map((e) => `   - ${prose(e)}`),
    `   - _Would settle it:_ ${prose(c.settle)}`,
    `   - _Fix:_ ${prose(c.fix)}`,
  ];
}

function diagnosisSection(d: Diagnosis): string[] {
  return [
    '',
    `### Why it failed — ${PROBLEM[d.problem]} (context ${code(d.context)})`,
    '',
    prose(d.observed),
    ...(d.windowNote ? ['', `_${prose(d.windowNote)}_`] : []),
    '',
    'Likely causes, most likely first:',
    '',
    ...d.causes.slice(0, MAX_CAUSES).flatMap(causeItem),
  ];
}

export function liveSections(report: Report): string[] {
  const out: string[] = [];
  const detailed = report.contexts.filter((c) => c.live).slice(0, MAX_DETAILED_CONTEXTS);
  for (const c of detailed) {
    const live = c.live as LiveReport;
    if (live.status === 'skipped') continue;
    out.push(...liveTable(c, live), ...awsTable(c), ...permissionsTable(live));
    if (c.diagnosis) out.push(...diagnosisSection(c.diagnosis));
  }
  return out;
}
