import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { diagnoseTarget } from '../../diagnose/index.js';

const KIND: Record<string, string> = {
  'client-certificate': 'client certificate',
  'bearer-token': 'bearer token',
  'basic-auth': 'username/password',
};

export default defineCheck({
  id: 'cluster/unauthorized',
  title: 'API server rejects the credentials (401)',
  severity: 'error',
  description:
    'The API server answered 401 Unauthorized: it did not accept the credential this context sends ' +
    '(a bad credential is rejected outright, never downgraded to anonymous). kubectl says "error: You ' +
    'must be logged in to the server (Unauthorized)". The body of a 401 never says why, so the gate ' +
    'ranks the likely causes from the evidence: expiry at the server’s clock, clock skew, issuer and ' +
    'CA, service-account state, recent changes to the kubeconfig — see the diagnosis in the summary.',
  remediation:
    'Follow the top-ranked cause in the diagnosis. In general: get a fresh credential for this ' +
    'cluster and make sure the step that writes the kubeconfig points at the right cluster and user.',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      if (!live.unauthorized) continue;
      const d = diagnoseTarget(t, facts);
      const top = d?.causes[0];
      const what =
        live.sent.map((s) => KIND[s] ?? s).join(' and ') || 'request without credentials';
      out.push({
        message:
          `Context "${t.contextName}": the API server ${live.endpoint?.server ?? ''} answered 401 Unauthorized to the ${what}` +
          `${live.bearerSource ? ` (token from ${live.bearerSource})` : ''}; kubectl will fail with ` +
          `"You must be logged in to the server (Unauthorized)".${top ? ` Most likely (${top.likelihood}): ${top.title}.` : ''}`,
        ...(top ? { remediation: top.fix } : {}),
        context: t.contextName,
        evidence: {
          status: live.unauthorized.code,
          sent: live.sent,
          ...(live.bearerSource ? { bearerSource: live.bearerSource } : {}),
          ...(top ? { likelyCause: top.id, likelihood: top.likelihood } : {}),
          otherCauses: (d?.causes ?? []).slice(1, 4).map((c) => c.id),
        },
      });
    }
    return out;
  },
});
