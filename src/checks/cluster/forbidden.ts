import { defineCheck } from '../../model/check.js';
import { ANONYMOUS, liveTargets, seenAs } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cluster/forbidden',
  title: 'Identity may not even ask what it may do (403)',
  severity: 'error',
  description:
    'The API server authenticated the request but answered 403 to the gate’s own SelfSubjectReview ' +
    'or SelfSubjectAccessReview — which the default `system:basic-user` role grants to every ' +
    'authenticated user. The default bindings were changed, or an authorizer webhook denies ' +
    'everything for this identity; permissions cannot be verified, and the deploy will be forbidden too.',
  remediation:
    'Restore the default `system:basic-user` ClusterRoleBinding (`kubectl auth reconcile` of the ' +
    'bootstrap roles) or grant this identity the access it needs; on EKS, associate an access policy ' +
    'with its access entry.',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const user = seenAs(live);
      if (live.unauthorized || user === ANONYMOUS) continue;
      const w = live.whoami;
      const whoamiForbidden = w && !w.ok && w.why === 'forbidden' ? w.status : undefined;
      const review = live.access.find((a) => a.error && a.error.code === 403)?.error;
      const status = whoamiForbidden ?? review;
      if (!status) continue;
      const call = whoamiForbidden ? 'SelfSubjectReview' : 'SelfSubjectAccessReview';
      out.push({
        message:
          `Context "${t.contextName}": the API server answered 403 to a ${call} for "${user ?? 'this identity'}"` +
          `${'message' in status && status.message ? `: ${status.message}` : ''}.`,
        context: t.contextName,
        evidence: {
          call,
          status: status.code,
          username: user ?? null,
        },
      });
    }
    return out;
  },
});
