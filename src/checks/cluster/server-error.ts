import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cluster/server-error',
  title: 'API server answers with errors',
  severity: 'error',
  description:
    'The API server is reachable and accepted the credential, but answered the gate’s requests with ' +
    '5xx (its storage or an aggregated API is failing) or 429 (it is throttling). A deploy now would ' +
    'fail or hang half way.',
  remediation:
    'Check the control plane’s health (`kubectl get --raw=/readyz?verbose`), its etcd, and API ' +
    'priority and fairness; retry the deploy once it is healthy.',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const bad = live.calls.filter(
        (c) => c.status !== undefined && (c.status >= 500 || c.status === 429),
      );
      if (bad.length === 0) continue;
      const codes = [...new Set(bad.map((c) => c.status))].join(', ');
      out.push({
        message: `Context "${t.contextName}": ${bad.length} of ${live.calls.length} requests to ${live.endpoint?.server ?? 'the API server'} got ${codes} (${bad
          .map((c) => `${c.method} ${c.path}`)
          .slice(0, 3)
          .join('; ')}).`,
        context: t.contextName,
        evidence: { statuses: bad.map((c) => String(c.status)), paths: bad.map((c) => c.path) },
      });
    }
    return out;
  },
});
