/** One rule shared by the aws-auth lint checks: every entry of one lint kind becomes a finding. */
import type { Facts } from '../facts.js';
import type { FindingDraft } from '../finding.js';
import type { AwsAuthLintKind } from './aws-auth.js';
import { awsAuthOf, callerPrincipal } from './view.js';

/** Error when the faulty entry is the one that should map the runner's own principal. */
export function awsAuthLintFindings(facts: Facts, kinds: AwsAuthLintKind[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const t of facts.targets) {
    const auth = awsAuthOf(t);
    if (!auth) continue;
    const principal = callerPrincipal(t.aws)?.toLowerCase();
    for (const l of auth.lints.filter((x) => kinds.includes(x.kind))) {
      const mine = Boolean(principal && l.fixedArn?.toLowerCase() === principal);
      out.push({
        message:
          `Context "${t.contextName}": kube-system/aws-auth ${auth.line(l)}: ${l.detail}.` +
          (mine ? ' This is the entry meant for this runner, so it is not mapped.' : ''),
        ...(mine ? { severity: 'error' as const } : {}),
        ...(l.fixedArn
          ? {
              remediation: `Write the entry's ARN as \`${l.fixedArn}\` (\`kubectl edit configmap aws-auth -n kube-system\`).`,
            }
          : {}),
        context: t.contextName,
        evidence: {
          key: l.key ?? null,
          line: l.line ?? null,
          arn: l.entry?.arn ?? null,
          fixedArn: l.fixedArn ?? null,
          matchesCaller: mine,
        },
      });
    }
  }
  return out;
}
