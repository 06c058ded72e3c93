/** The live part of a context's report: what the server said, permissions, and the diagnosis. */
import { describeAccess, seenAs } from '../model/cluster.js';
import type { TargetFacts } from '../model/facts.js';
import type { Diagnosis } from '../diagnose/index.js';

export type LiveStatus =
  | 'ok'
  | 'skipped'
  | 'not-sent'
  | 'unreachable'
  | 'tls'
  | 'unauthorized'
  | 'anonymous'
  | 'forbidden';

export interface PermissionRow {
  require: string;
  /** What was asked, resolved: `create deployments.apps in namespace "prod"`. */
  check?: string;
  /** null: the review itself failed, so the answer is unknown. */
  allowed: boolean | null;
  reason?: string;
}

export interface LiveReport {
  status: LiveStatus;
  /** Why live checks did not run, or why no credential could be sent. */
  note?: string;
  serverVersion?: string;
  addressClass?: string;
  proxy?: string;
  sent: string[];
  identity?: {
    username: string;
    uid?: string;
    groups: string[];
    extra: Record<string, string[]>;
    /** `SelfSubjectReview v1`, or `403 message` when only the Status named the user. */
    source: string;
  };
  clockSkewSeconds?: number;
  permissions: PermissionRow[];
  durationMs?: number;
}

function status(t: TargetFacts, diagnosis: Diagnosis | undefined): LiveStatus {
  const live = t.live;
  if (!live || live.skipped) return 'skipped';
  if (diagnosis) return diagnosis.problem;
  if (live.unusable || live.transport?.ok === false) return 'not-sent';
  return 'ok';
}

export function liveReport(
  t: TargetFacts,
  diagnosis: Diagnosis | undefined,
): LiveReport | undefined {
  const live = t.live;
  if (!live) return undefined;
  const report: LiveReport = { status: status(t, diagnosis), sent: live.sent, permissions: [] };
  if (live.skipped) return { ...report, note: live.skipped };
  if (live.unusable) report.note = `no request with credentials was made: ${live.unusable}`;
  const tr = live.transport;
  if (tr && !tr.ok && tr.failure.kind === 'client-config')
    report.note = `no request was made, as kubectl would refuse too: ${tr.failure.detail}`;
  if (live.version) report.serverVersion = live.version.gitVersion;
  if (live.endpoint) report.addressClass = live.endpoint.addressClass;
  if (live.endpoint?.proxy) report.proxy = live.endpoint.proxy.url;
  const user = seenAs(live);
  if (live.whoami?.ok) {
    const u = live.whoami.user;
    report.identity = {
      username: u.username,
      ...(u.uid ? { uid: u.uid } : {}),
      groups: u.groups,
      extra: u.extra,
      source: `SelfSubjectReview ${live.whoami.apiVersion}`,
    };
  } else if (user) {
    report.identity = { username: user, groups: [], extra: {}, source: '403 Status message' };
  }
  if (live.clock) report.clockSkewSeconds = live.clock.skewSeconds;
  report.permissions = live.access.map((a) => ({
    require: a.requirement.line,
    ...(a.attributes ? { check: describeAccess(a.attributes) } : {}),
    allowed: a.error ? null : (a.allowed ?? null),
    ...(a.reason || a.error
      ? { reason: a.reason ?? (a.error && 'message' in a.error ? a.error.message : undefined) }
      : {}),
  }));
  if (live.durationMs !== undefined) report.durationMs = live.durationMs;
  return report;
}
