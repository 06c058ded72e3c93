/** The live phase for one target: connect as kubectl would, then ask who we are and what we may do. */
import { performance } from 'node:perf_hooks';
import type { TargetFacts } from '../../model/facts.js';
import type { AccessCheck, AwsAuthRead, KubectlFacts, LiveFacts } from '../../model/live.js';
import type { Requirement } from '../../model/require.js';
import { needsDiscovery, resolveRequirement, type ResourceIndex } from '../../model/resources.js';
import type { GatherEnv } from '../env.js';
import type { SecretSet } from '../secrets.js';
import type { WireMaterial } from '../wire.js';
import {
  accessReview,
  clockFrom,
  serverVersion,
  statusOf,
  whoAmI,
  type Answer,
  type Call,
} from './api.js';
import { DISCOVERY_ACCEPT, isAggregatedDiscovery, parseAggregatedDiscovery } from './discovery.js';
import { probeIssuer } from './oidc-probe.js';
import { outgoing } from './outgoing.js';
import { createTransport, type Exchange, type Transport } from './transport.js';

export interface LiveEnv {
  env: GatherEnv;
  secrets: SecretSet;
  requirements: Requirement[];
  userAgent: string;
  /** Wall-clock epoch ms by which the live phase must be done. */
  deadline: number;
  /** The runner's kubectl, looked up once for all targets (started by the first call). */
  kubectl: () => Promise<KubectlFacts | undefined>;
}

function skipped(why: string): LiveFacts {
  return { skipped: why, sent: [], access: [], calls: [] };
}

/** Wraps the transport so every exchange is recorded (calls, clock, 401, transport failure). */
function recorder(transport: Transport, live: LiveFacts, headers: Record<string, string>) {
  const answers: Answer[] = [];
  const failures: Extract<Exchange, { ok: false }>[] = [];
  const call: Call = async (method, path, body, extra) => {
    const ex = await transport.request(method, path, {
      headers: {
        Accept: 'application/json',
        ...headers,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...extra,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const durationMs = Math.round(ex.durationMs);
    live.calls.push({ method, path, ...(ex.ok ? { status: ex.status } : {}), durationMs });
    if (!ex.ok) {
      failures.push(ex);
      return { ok: false };
    }
    const answer: Answer = ex;
    answers.push(answer);
    return answer;
  };
  return { call, answers, failures };
}

async function discover(call: Call): Promise<ResourceIndex | undefined> {
  const docs: unknown[] = [];
  for (const path of ['/api', '/apis']) {
    const a = await call('GET', path, undefined, { Accept: DISCOVERY_ACCEPT });
    if (!a.ok || a.status !== 200) return undefined;
    try {
      docs.push(JSON.parse(a.body.toString('utf8')));
    } catch {
      return undefined;
    }
  }
  // Servers before 1.26 answer with plain group lists: resolve from the built-in table then.
  return docs.every(isAggregatedDiscovery) ? parseAggregatedDiscovery(docs) : undefined;
}

async function checkAccess(
  call: Call,
  requirements: Requirement[],
  defaultNamespace: string,
): Promise<AccessCheck[]> {
  if (requirements.length === 0) return [];
  const index = requirements.some(needsDiscovery) ? await discover(call) : undefined;
  return Promise.all(
    requirements.map(async (requirement): Promise<AccessCheck> => {
      const resolved = resolveRequirement(requirement, {
        defaultNamespace,
        ...(index ? { index } : {}),
      });
      const answer = await accessReview(call, resolved.attributes);
      return { requirement, ...resolved, ...answer };
    }),
  );
}

/** A GET of kube-system/aws-auth: its data, or why it could not be read. */
async function readAwsAuth(call: Call): Promise<AwsAuthRead | undefined> {
  const a = await call('GET', '/api/v1/namespaces/kube-system/configmaps/aws-auth');
  if (!a.ok || a.status === 401) return undefined;
  if (a.status === 404) return { status: 'absent' };
  if (a.status !== 200) {
    const s = statusOf(a);
    return { status: 'unreadable', code: s.code, ...(s.message ? { message: s.message } : {}) };
  }
  const data = (JSON.parse(a.body.toString('utf8')) as { data?: Record<string, unknown> }).data;
  const strings: Record<string, string> = {};
  for (const [k, v] of Object.entries(data ?? {})) if (typeof v === 'string') strings[k] = v;
  return { status: 'read', data: strings };
}

export async function gatherLive(
  t: TargetFacts,
  wire: WireMaterial,
  env: LiveEnv,
  extras: { awsAuth?: boolean } = {},
): Promise<LiveFacts> {
  const server = t.cluster?.value.server;
  if (!t.cluster) return skipped('the context names no usable cluster');
  if (!server) return skipped('the cluster has no server');
  try {
    if (!/^https?:$/.test(new URL(server).protocol))
      return skipped('the server URL is not http(s)');
  } catch {
    return skipped('the server URL is not valid');
  }
  const started = performance.now();
  const out = outgoing(t, wire, env.env.now());
  // The credential part of `Basic <base64>` (a bearer token was masked when it was read).
  const credential = out.headers.Authorization?.split(' ')[1];
  if (credential) env.secrets.add(credential);
  const live: LiveFacts = {
    sent: out.sent,
    ...(out.bearerSource ? { bearerSource: out.bearerSource } : {}),
    ...(out.impersonating ? { impersonating: out.impersonating } : {}),
    ...(out.unusable ? { unusable: out.unusable } : {}),
    access: [],
    calls: [],
  };
  const c = t.cluster.value;
  const transport = createTransport({
    server,
    ...(wire.ca ? { ca: wire.ca } : {}),
    insecure: c['insecure-skip-tls-verify'] === true,
    ...(c['tls-server-name'] ? { serverName: c['tls-server-name'] } : {}),
    ...(out.cert && out.key ? { cert: out.cert, key: out.key } : {}),
    ...(c['proxy-url'] ? { proxyUrl: c['proxy-url'] } : {}),
    env: env.env.env,
    deadline: env.deadline,
    signal: env.env.signal,
    now: env.env.now,
    userAgent: env.userAgent,
  });
  try {
    const ep = await transport.endpoint();
    live.endpoint = ep.endpoint;
    if (!ep.ok) {
      live.transport = { ok: false, failure: ep.failure };
      return live;
    }
    // kubectl would stop before sending anything: probe the endpoint only, with no credentials.
    const rec = recorder(transport, live, out.unusable ? {} : out.headers);
    const namespace = t.context?.value.namespace || 'default';
    const [version, whoami, access, oidc, awsAuth] = await Promise.all([
      serverVersion(rec.call),
      out.unusable ? undefined : whoAmI(rec.call),
      out.unusable ? [] : checkAccess(rec.call, env.requirements, namespace),
      t.oidc
        ? probeIssuer(t.oidc.issuer, wire.oidcCa, {
            env: env.env.env,
            deadline: env.deadline,
            signal: env.env.signal,
            now: env.env.now,
            userAgent: env.userAgent,
          })
        : undefined,
      extras.awsAuth && !out.unusable ? readAwsAuth(rec.call).catch(() => undefined) : undefined,
    ]);
    if (oidc) live.oidc = oidc;
    if (awsAuth) live.awsAuth = awsAuth;
    if (version) live.version = version;
    if (whoami) live.whoami = whoami;
    live.access = access;
    const clock = clockFrom(rec.answers);
    if (clock) live.clock = clock;
    const first = rec.failures[0];
    live.transport =
      rec.answers.length > 0 || !first ? { ok: true } : { ok: false, failure: first.failure };
    const rejected = rec.answers.find((a) => a.ok && a.status === 401);
    if (rejected?.ok && !out.unusable) live.unauthorized = statusOf(rejected);
    return live;
  } finally {
    transport.close();
    const kubectl = await env.kubectl();
    if (kubectl) live.kubectl = kubectl;
    live.durationMs = Math.round(performance.now() - started);
  }
}
