import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cluster/whoami-unavailable',
  title: 'API server cannot say who we are',
  severity: 'notice',
  description:
    'The SelfSubjectReview API (what `kubectl auth whoami` uses) answered 404 for v1, v1beta1 and ' +
    'v1alpha1: a cluster older than 1.28 (v1beta1 since 1.27, alpha-only in 1.26) or one with the ' +
    'API switched off, or it failed. The identity cannot be confirmed from the server; permissions ' +
    'are still checked. With `expect-identity` set this is a warning, since the identity then rests ' +
    'on what the credential claims.',
  remediation:
    'Upgrade the cluster to a supported Kubernetes version (1.28+ serves SelfSubjectReview v1), or ' +
    'enable the API (`--runtime-config=authentication.k8s.io/v1beta1=true` on 1.26–1.27).',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const w = live.whoami;
      if (!w || w.ok || (w.why !== 'not-served' && w.why !== 'failed')) continue;
      const version = live.version?.gitVersion;
      out.push({
        message:
          w.why === 'not-served'
            ? `Context "${t.contextName}": the API server${version ? ` (${version})` : ''} does not serve SelfSubjectReview, so it cannot confirm the identity; kubectl auth whoami fails there too.`
            : `Context "${t.contextName}": SelfSubjectReview failed with ${w.status?.code ?? '?'}${w.status?.message ? `: ${w.status.message}` : ''}.`,
        ...(facts.settings.expectIdentity.length ? { severity: 'warning' as const } : {}),
        context: t.contextName,
        evidence: { why: w.why, status: w.status?.code ?? null, serverVersion: version ?? null },
      });
    }
    return out;
  },
});
