/** Live facts as plain data, for check and diagnosis tests (no network). */
import type { TargetFacts } from '../../src/model/facts.js';
import type {
  AccessCheck,
  EndpointFacts,
  LiveFacts,
  TransportFailure,
  UserInfo,
} from '../../src/model/live.js';
import { entry, target } from './facts.js';

export const SERVER = 'https://203.0.113.10:6443';

export function endpoint(partial: Partial<EndpointFacts> = {}): EndpointFacts {
  return {
    server: SERVER,
    host: '203.0.113.10',
    port: 6443,
    addresses: ['203.0.113.10'],
    addressClass: 'public',
    insecure: false,
    ...partial,
  };
}

export function user(partial: Partial<UserInfo> = {}): UserInfo {
  return {
    username: 'ci-deployer',
    groups: ['deployers', 'system:authenticated'],
    extra: {},
    ...partial,
  };
}

/** A healthy live result: reachable, authenticated as ci-deployer, no requirements. */
export function live(partial: Partial<LiveFacts> = {}): LiveFacts {
  return {
    endpoint: endpoint(),
    sent: ['client-certificate'],
    transport: { ok: true },
    version: { gitVersion: 'v1.37.2', major: 1, minor: 37 },
    whoami: { ok: true, apiVersion: 'v1', user: user() },
    access: [],
    calls: [{ method: 'GET', path: '/version', status: 200, durationMs: 3 }],
    clock: { serverDate: '2026-11-24T12:00:00.000Z', skewSeconds: 0, uncertaintySeconds: 0.5 },
    ...partial,
  };
}

export function failed(failure: TransportFailure, partial: Partial<LiveFacts> = {}): LiveFacts {
  const base = live({ transport: { ok: false, failure }, calls: [], ...partial });
  delete base.whoami;
  delete base.version;
  delete base.clock;
  return base;
}

export function liveTarget(l: LiveFacts, partial: Partial<TargetFacts> = {}): TargetFacts {
  return target({
    contextName: 'prod',
    context: entry('prod', { cluster: 'prod', user: 'ci', namespace: 'apps' }),
    cluster: entry('prod', { server: SERVER }),
    user: entry('ci', {}),
    live: l,
    ...partial,
  });
}

export function access(line: string, partial: Partial<AccessCheck> = {}): AccessCheck {
  const [verb = 'get', resource = 'pods'] = line.split(' ');
  return {
    requirement: { line, verb, resource },
    attributes: { verb, resource, group: '', namespace: 'prod' },
    resolvedBy: 'builtin',
    allowed: true,
    ...partial,
  };
}
