/** The few API calls the gate makes, and how their answers become facts. All reads or reviews. */
import type {
  AccessAttributes,
  ApiStatus,
  ClockFacts,
  ServerVersion,
  UserInfo,
  WhoAmI,
} from '../../model/live.js';
import type { Exchange } from './exchange.js';
import { parseGitVersion } from './kubectl.js';

/** One exchange as the orchestrator hands it on; bodies stay here, never in facts. */
export type Answer = Extract<Exchange, { ok: true }> | { ok: false };

export type Call = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Answer>;

function json(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** A Kubernetes Status body, or what can be said without one. */
export function statusOf(answer: Extract<Answer, { ok: true }>): ApiStatus {
  const doc = obj(json(answer.body));
  const message = typeof doc.message === 'string' ? doc.message.slice(0, 1000) : undefined;
  const reason = typeof doc.reason === 'string' ? doc.reason : undefined;
  return { code: answer.status, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
}

export async function serverVersion(call: Call): Promise<ServerVersion | undefined> {
  const answer = await call('GET', '/version');
  if (!answer.ok || answer.status !== 200) return undefined;
  const doc = obj(json(answer.body));
  const gitVersion = typeof doc.gitVersion === 'string' ? doc.gitVersion : '';
  const parsed = parseGitVersion(gitVersion) ?? {
    major: Number.parseInt(String(doc.major), 10),
    minor: Number.parseInt(String(doc.minor), 10),
  };
  if (!Number.isFinite(parsed.major) || !Number.isFinite(parsed.minor)) return undefined;
  return {
    gitVersion,
    ...parsed,
    ...(typeof doc.platform === 'string' ? { platform: doc.platform } : {}),
  };
}

/** Extra keys whose values are credentials or close to them; never kept. */
const SECRET_EXTRA = /access-?key|secret|token|password/i;

function userInfo(raw: unknown): UserInfo | undefined {
  const u = obj(raw);
  if (typeof u.username !== 'string') return undefined;
  const extra: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(obj(u.extra))) {
    if (SECRET_EXTRA.test(k) || !Array.isArray(v)) continue;
    extra[k] = v.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 512));
  }
  return {
    username: u.username,
    ...(typeof u.uid === 'string' && u.uid ? { uid: u.uid } : {}),
    groups: Array.isArray(u.groups) ? u.groups.filter((g) => typeof g === 'string') : [],
    extra,
  };
}

const WHOAMI_VERSIONS = ['v1', 'v1beta1', 'v1alpha1'] as const;

/** SelfSubjectReview, newest version first, as `kubectl auth whoami` does. */
export async function whoAmI(call: Call): Promise<WhoAmI | undefined> {
  for (const version of WHOAMI_VERSIONS) {
    const apiVersion = `authentication.k8s.io/${version}`;
    const answer = await call('POST', `/apis/${apiVersion}/selfsubjectreviews`, {
      apiVersion,
      kind: 'SelfSubjectReview',
    });
    if (!answer.ok) return undefined;
    if (answer.status === 404) continue;
    if (answer.status === 201 || answer.status === 200) {
      const user = userInfo(obj(obj(json(answer.body)).status).userInfo);
      if (user) return { ok: true, apiVersion: version, user };
      return { ok: false, why: 'failed', status: { code: answer.status, message: 'no userInfo' } };
    }
    const why =
      answer.status === 403 ? 'forbidden' : answer.status === 401 ? 'unauthorized' : 'failed';
    return { ok: false, why, status: statusOf(answer) };
  }
  return { ok: false, why: 'not-served', status: { code: 404, reason: 'NotFound' } };
}

export interface ReviewAnswer {
  allowed?: boolean;
  denied?: boolean;
  reason?: string;
  evaluationError?: string;
  error?: ApiStatus | { code: 0; message: string };
}

export async function accessReview(call: Call, a: AccessAttributes): Promise<ReviewAnswer> {
  const spec =
    a.nonResourceURL !== undefined
      ? { nonResourceAttributes: { path: a.nonResourceURL, verb: a.verb } }
      : {
          resourceAttributes: {
            verb: a.verb,
            ...(a.group !== undefined ? { group: a.group } : {}),
            ...(a.version ? { version: a.version } : {}),
            ...(a.resource ? { resource: a.resource } : {}),
            ...(a.subresource ? { subresource: a.subresource } : {}),
            ...(a.name ? { name: a.name } : {}),
            ...(a.namespace ? { namespace: a.namespace } : {}),
          },
        };
  const answer = await call('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec,
  });
  if (!answer.ok) return { error: { code: 0, message: 'no answer (see the connection finding)' } };
  if (answer.status !== 201 && answer.status !== 200) return { error: statusOf(answer) };
  const status = obj(obj(json(answer.body)).status);
  const text = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 1000) : undefined);
  const reason = text(status.reason);
  const evaluationError = text(status.evaluationError);
  return {
    allowed: status.allowed === true,
    ...(status.denied === true ? { denied: true } : {}),
    ...(reason ? { reason } : {}),
    ...(evaluationError ? { evaluationError } : {}),
  };
}

/**
 * Server clock minus runner clock, from the answer with the shortest round trip. The Date header
 * is truncated to the second, so the server's time lies in [Date, Date + 1 s): take the middle.
 */
export function clockFrom(answers: Answer[]): ClockFacts | undefined {
  let best: { rtt: number; skew: number; date: string } | undefined;
  for (const a of answers) {
    if (!a.ok || !a.headers.date) continue;
    const server = Date.parse(a.headers.date);
    if (Number.isNaN(server)) continue;
    const rtt = a.receivedAt.getTime() - a.sentAt.getTime();
    const mid = a.sentAt.getTime() + rtt / 2;
    if (!best || rtt < best.rtt) best = { rtt, skew: server + 500 - mid, date: a.headers.date };
  }
  if (!best) return undefined;
  return {
    serverDate: new Date(Date.parse(best.date)).toISOString(),
    skewSeconds: Math.round(best.skew / 1000),
    uncertaintySeconds: Math.round((0.5 + best.rtt / 2000) * 10) / 10,
  };
}
