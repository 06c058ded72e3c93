/** The harness's audit policy (Metadata level) and a reader for the JSON-lines audit log. */
import { existsSync, readFileSync } from 'node:fs';

/**
 * Metadata for every request. RequestReceived is omitted so each request is one line (stage
 * ResponseComplete; ResponseStarted for failed authentication and long-running requests).
 */
export const AUDIT_POLICY = [
  'apiVersion: audit.k8s.io/v1',
  'kind: Policy',
  'omitStages: [RequestReceived]',
  'rules:',
  '- level: Metadata',
  '',
].join('\n');

export interface AuditEvent {
  auditID: string;
  stage: string;
  verb: string;
  requestURI: string;
  user: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> };
  impersonatedUser?: { username?: string; groups?: string[] };
  sourceIPs?: string[];
  userAgent?: string;
  objectRef?: {
    resource?: string;
    namespace?: string;
    name?: string;
    apiGroup?: string;
    apiVersion?: string;
    subresource?: string;
  };
  responseStatus?: { code?: number; status?: string; reason?: string; message?: string };
  annotations?: Record<string, string>;
  requestReceivedTimestamp?: string;
  stageTimestamp?: string;
}

/** Every complete line of the audit log, oldest first (a line still being written is skipped). */
export function readAuditLog(file: string): AuditEvent[] {
  if (!existsSync(file)) return [];
  const events: AuditEvent[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line) as AuditEvent);
    } catch {
      // a partial last line
    }
  }
  return events;
}

const REVIEWS = /^selfsubject(access|rules)?reviews$/;

/**
 * The requests kube-preflight (by its user agent) made that were not reads or SelfSubject*Review
 * creates: the action is read-only, so this must always be empty.
 */
export function writesByGate(events: AuditEvent[]): AuditEvent[] {
  return events.filter(
    (e) =>
      e.userAgent?.startsWith('kube-preflight/') &&
      !['get', 'list', 'watch'].includes(e.verb) &&
      !(e.verb === 'create' && REVIEWS.test(e.objectRef?.resource ?? '')),
  );
}
