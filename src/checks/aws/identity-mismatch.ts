import { defineCheck } from '../../model/check.js';
import { awsTargets } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';
import { firstMatch } from '../../model/glob.js';

/** Globs that speak of AWS identities: ARNs or account ids. */
const AWS_GLOB = /^(arn:|[\d*?]{12}$)/;

export default defineCheck({
  id: 'aws/identity-mismatch',
  title: 'AWS caller is not the expected identity',
  severity: 'error',
  description:
    'The `expect-identity` input names AWS identities (globs over ARNs, such as ' +
    '`arn:aws:sts::*:assumed-role/deploy/*`, or 12-digit account ids), and the caller STS reports ' +
    'matches none of them: the job assumed another role, another account’s credentials were left ' +
    'in the environment, or a profile points elsewhere.',
  remediation:
    'Make the job assume the expected role (check `role-to-assume`, AWS_PROFILE and leftover ' +
    'AWS_ACCESS_KEY_ID variables), or correct `expect-identity`.',
  run({ targets, settings }) {
    const globs = settings.expectIdentity.filter((g) => AWS_GLOB.test(g));
    if (globs.length === 0) return [];
    const out: FindingDraft[] = [];
    for (const { t, aws } of awsTargets(targets)) {
      const caller = aws.caller;
      if (!caller?.ok || firstMatch(globs, [caller.arn, caller.account])) continue;
      out.push({
        message: `Context "${t.contextName}": AWS says the caller is ${caller.arn} (account ${caller.account}), which matches none of expect-identity (${globs.join(', ')}).`,
        context: t.contextName,
        evidence: { arn: caller.arn, account: caller.account, expected: globs },
      });
    }
    return out;
  },
});
