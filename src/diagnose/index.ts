/** diagnose(facts): for each target whose live check failed, the likely causes ranked. */
import { ANONYMOUS, deniedAccess, liveDenied, liveTargets, seenAs } from '../model/cluster.js';
import type { Facts, TargetFacts } from '../model/facts.js';
import { fillNames } from '../model/fill-names.js';
import type { LiveFacts } from '../model/live.js';
import { anonymousCauses, permissionCauses } from './access.js';
import { eksAccessCauses } from './eks-access.js';
import { cause, ranked, type Cause, type Diagnosis, type Problem } from './model.js';
import { tlsCauses } from './tls.js';
import { unauthorizedCauses } from './unauthorized.js';
import { unreachableCauses } from './unreachable.js';

export type { Cause, Diagnosis, Problem } from './model.js';

const UNKNOWN_401 = cause({
  id: 'unknown-rejection',
  title: 'The server rejected the credential without saying why (401 bodies never do)',
  score: 10,
  evidence: [],
  settle:
    'The kube-apiserver log for this request: `Unable to authenticate the request` with the authenticator’s error.',
  fix: 'Get a fresh credential for this cluster.',
});

function sentText(live: LiveFacts): string {
  return live.sent.length ? live.sent.join(' + ') : 'no credentials';
}

/** The first failing stage of a target's live check, diagnosed. */
export function diagnoseTarget(t: TargetFacts, facts: Facts): Diagnosis | undefined {
  const live = t.live;
  if (!live || live.skipped) return undefined;
  const server = live.endpoint?.server ?? t.cluster?.value.server ?? '?';
  const make = (problem: Problem, observed: string, causes: Cause[], windowNote?: string) => ({
    context: t.contextName,
    problem,
    observed,
    ...(windowNote ? { windowNote } : {}),
    causes: ranked(causes).map((c) => ({
      ...c,
      settle: fillNames(c.settle, t),
      fix: fillNames(c.fix, t),
    })),
  });
  const tr = live.transport;
  if (tr && !tr.ok && tr.failure.kind === 'unreachable') {
    const f = tr.failure;
    return make('unreachable', `${server}: ${f.detail}`, unreachableCauses(t, facts, f));
  }
  if (tr && !tr.ok && tr.failure.kind === 'tls') {
    const f = tr.failure;
    return make('tls', `TLS with ${server} failed: ${f.detail}`, tlsCauses(t, facts, f));
  }
  if (live.unauthorized) {
    const { causes, windowNote } = unauthorizedCauses(t, facts);
    const observed = `401 Unauthorized from ${server} for ${sentText(live)}`;
    return make('unauthorized', observed, causes.length ? causes : [UNKNOWN_401], windowNote);
  }
  const user = seenAs(live);
  if (user === ANONYMOUS) {
    return make('anonymous', `${server} treats the requests as ${ANONYMOUS}`, anonymousCauses(t));
  }
  const denied = deniedAccess(live);
  if (liveDenied(live)) {
    const observed = denied.length
      ? `${user ?? 'the identity'} lacks ${denied.length} required permission(s) on ${server}`
      : `${user ?? 'the identity'} may not even create a SelfSubjectReview on ${server}`;
    const causes = [...eksAccessCauses(t, denied), ...permissionCauses(t, facts, denied)];
    return make('forbidden', observed, causes);
  }
  return undefined;
}

export function diagnose(facts: Facts): Diagnosis[] {
  return liveTargets(facts.targets).flatMap(({ t }) => diagnoseTarget(t, facts) ?? []);
}
