import { defineCheck } from '../../model/check.js';
import { ANONYMOUS, liveTargets, seenAs } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { diagnoseTarget } from '../../diagnose/index.js';

export default defineCheck({
  id: 'cluster/anonymous',
  title: 'Requests run as system:anonymous',
  severity: 'error',
  description:
    'The API server accepted the requests but treats them as system:anonymous: no credential ' +
    'reached it (the user entry has none, or a token with leading whitespace was read as empty). ' +
    'This is not a rejected credential (that is a 401): anonymous access is on, and almost every ' +
    'deploy action will be forbidden with `User "system:anonymous" cannot …`.',
  remediation:
    'Give the kubeconfig user a credential (token, client certificate, exec plugin), and make sure ' +
    'the secret holding it is available to this workflow.',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      if (live.unauthorized || seenAs(live) !== ANONYMOUS) continue;
      const top = diagnoseTarget(t, facts)?.causes[0];
      out.push({
        message:
          `Context "${t.contextName}": the API server ${live.endpoint?.server ?? ''} sees these requests as ${ANONYMOUS}` +
          ` (sent: ${live.sent.join(', ') || 'no credentials'}).${top ? ` Most likely: ${top.title}.` : ''}`,
        ...(top ? { remediation: top.fix } : {}),
        context: t.contextName,
        evidence: { username: ANONYMOUS, sent: live.sent, ...(top ? { likelyCause: top.id } : {}) },
      });
    }
    return out;
  },
});
