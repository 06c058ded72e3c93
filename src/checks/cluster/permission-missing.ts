import { defineCheck } from '../../model/check.js';
import { eksBindingSubject } from '../../model/aws/rbac-subject.js';
import { describeAccess, groupsSeen, liveTargets, rbacFix, seenAs } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cluster/permission-missing',
  title: 'A required permission is denied',
  severity: 'error',
  description:
    'A line of the `require` input (what the deploy needs, in `kubectl auth can-i` form) was checked ' +
    'with a SelfSubjectAccessReview, which runs the cluster’s whole authorizer chain (RBAC, and ' +
    'webhooks such as EKS access policies), and the answer was no. The deploy would fail with ' +
    '`Error from server (Forbidden)` at that step. SelfSubjectRulesReview is never used as proof: it ' +
    'is incomplete with webhook authorizers.',
  remediation:
    'Grant the identity the permission (a Role and RoleBinding in the namespace, or a ClusterRole ' +
    'and ClusterRoleBinding), or fix the `require` line if it asks for more than the deploy needs. ' +
    'On EKS, bind the Kubernetes group the role is mapped to (access entry or aws-auth), not the ' +
    'username EKS builds from the role session name.',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const user = seenAs(live);
      const groups = groupsSeen(live);
      for (const a of live.access) {
        if (a.allowed !== false || a.error || !a.attributes) continue;
        const said = [a.reason, a.evaluationError].filter(Boolean).join('; ');
        out.push({
          message:
            `Context "${t.contextName}": "${user ?? 'this identity'}"${groups.length ? ` (groups ${groups.join(', ')})` : ''} ` +
            `may not ${describeAccess(a.attributes)} (require "${a.requirement.line}").` +
            (a.unknownResource
              ? ' The server does not serve this resource type: a typo, or a CRD that is not installed.'
              : '') +
            (said
              ? ` The authorizer said: ${said}.`
              : ' No authorizer gave a reason (no rule matched).'),
          remediation: rbacFix(
            a.attributes,
            user,
            eksBindingSubject(t, user, groups, a.attributes),
          ),
          context: t.contextName,
          evidence: {
            require: a.requirement.line,
            verb: a.attributes.verb,
            resource: a.attributes.resource ?? a.attributes.nonResourceURL ?? null,
            group: a.attributes.group ?? null,
            namespace: a.attributes.namespace ?? null,
            name: a.attributes.name ?? null,
            username: user ?? null,
            groups,
            denied: a.denied === true,
            reason: a.reason ?? null,
          },
        });
      }
    }
    return out;
  },
});
