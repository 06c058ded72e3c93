import { defineCheck } from '../../model/check.js';
import { eksTargets, mappingOf } from '../../model/aws/eks-view.js';
import { liveDenied } from '../../model/cluster.js';
import { EDIT_POLICY, entryArgs } from '../../model/aws/mapping-fix.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/access-entry-no-permissions',
  title: 'The access entry grants nothing',
  severity: 'warning',
  description:
    'The principal’s access entry has no associated access policy and no Kubernetes groups. It ' +
    'authenticates, but every request is then Forbidden (403) unless RBAC binds the entry’s ' +
    'username itself, which is rare because the default username of a role contains the session ' +
    'name. An error when the live checks were denied.',
  remediation:
    'Associate an access policy (`aws eks associate-access-policy`), or give the entry Kubernetes ' +
    'groups that RBAC binds (`aws eks update-access-entry --kubernetes-groups …`).',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const v of eksTargets(targets)) {
      const m = mappingOf(v);
      const entry = v.api.accessEntry?.ok ? v.api.accessEntry.value : undefined;
      const policies = v.api.accessPolicies;
      if (!m || m.source !== 'access-entry' || !entry || !policies?.ok) continue;
      if (entry.type && entry.type !== 'STANDARD') continue;
      if (policies.value.length > 0 || entry.kubernetesGroups.length > 0) continue;
      const denied = liveDenied(v.t.live);
      // RBAC may bind a custom username itself; only a denial shows it does not.
      const custom = Boolean(entry.username && !entry.username.includes('{{SessionName}}'));
      if (custom && !denied) continue;
      const ref = entryArgs({
        cluster: v.api.clusterName,
        ...(v.aws.region ? { region: v.aws.region } : {}),
        principal: entry.principalArn,
      });
      out.push({
        message: `Context "${v.t.contextName}": the access entry of ${entry.principalArn} on EKS cluster "${v.api.clusterName}" has no access policy and no Kubernetes groups${m.username ? ` (username ${m.username})` : ''}: it can authenticate but is allowed nothing.${denied ? ' The live checks were denied.' : ''}`,
        ...(denied ? { severity: 'error' as const } : {}),
        remediation: `\`aws eks associate-access-policy ${ref} --policy-arn ${EDIT_POLICY} --access-scope type=namespace,namespaces=<ns>\` (or \`type=cluster\`), or \`aws eks update-access-entry ${ref} --kubernetes-groups <group bound by RBAC>\`.`,
        context: v.t.contextName,
        evidence: {
          principal: entry.principalArn,
          username: m.username ?? null,
          policies: 0,
          groups: 0,
          liveDenied: Boolean(denied),
        },
      });
    }
    return out;
  },
});
