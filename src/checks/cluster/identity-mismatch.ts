import { defineCheck } from '../../model/check.js';
import { groupsSeen, liveTargets, seenAs } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { firstMatch } from '../../model/glob.js';

export default defineCheck({
  id: 'cluster/identity-mismatch',
  title: 'API server sees a different identity than expected',
  severity: 'error',
  description:
    'The `expect-identity` input lists the username(s) the deploy must run as (globs: `*` matches ' +
    'anything). The username the API server reported (SelfSubjectReview) matches none of them: the ' +
    'job picked up other credentials (an earlier step’s kubeconfig, another role, a personal ' +
    'certificate), so the deploy would act — and be audited — as someone else.',
  remediation:
    'Make the job use the expected credentials (check the kubeconfig user, the assumed role or the ' +
    'service-account token), or correct `expect-identity`.',
  run(facts) {
    const expected = facts.settings.expectIdentity;
    if (expected.length === 0) return [];
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const user = seenAs(live);
      if (user === undefined || firstMatch(expected, [user])) continue;
      out.push({
        message: `Context "${t.contextName}": the API server sees "${user}", which matches none of expect-identity (${expected.join(', ')}).`,
        context: t.contextName,
        evidence: { username: user, groups: groupsSeen(live), expected },
      });
    }
    return out;
  },
});
