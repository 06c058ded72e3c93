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
    'anything). The username the API server reported (SelfSubjectReview) — or, on EKS, the IAM ' +
    'ARN it reports in the user’s extra — matches none of them: the ' +
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
      // EKS reports the IAM ARN it matched in the user's extra: an ARN glob may name that instead.
      const extra = live.whoami?.ok ? live.whoami.user.extra : {};
      const arns = [...(extra.arn ?? []), ...(extra.canonicalArn ?? [])];
      if (user === undefined || firstMatch(expected, [user, ...arns])) continue;
      out.push({
        message: `Context "${t.contextName}": the API server sees "${user}", which matches none of expect-identity (${expected.join(', ')}).`,
        context: t.contextName,
        evidence: { username: user, groups: groupsSeen(live), expected },
      });
    }
    return out;
  },
});
