import { defineCheck } from '../../model/check.js';
import { eksTargets, mappingOf, principalSeen } from '../../model/aws/eks-view.js';
import { customUsernameProblem } from '../../model/aws/access-entries.js';
import { mappingFix } from '../../model/aws/mapping-fix.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/auth-mode-ignores-configmap',
  title: 'The principal is mapped only in aws-auth, which this cluster ignores',
  severity: 'error',
  description:
    'The cluster’s authentication mode is API: the authenticator reads only access entries and ' +
    'ignores the aws-auth ConfigMap. The principal has an aws-auth entry but no access entry, so ' +
    'it is not admitted (401). Typical after switching a cluster from API_AND_CONFIG_MAP to API ' +
    'without migrating every aws-auth entry. The switch cannot be undone.',
  remediation:
    'Create the access entry the aws-auth entry stood for: `aws eks create-access-entry` with the ' +
    'same username and groups, then `associate-access-policy` or RBAC for those groups.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const v of eksTargets(targets)) {
      const m = mappingOf(v);
      const seen = principalSeen(v.aws);
      if (!m || m.reason !== 'aws-auth-ignored' || !seen) continue;
      const a = m.awsAuth;
      // EKS refuses system: groups in access entries; system:masters becomes the admin policy.
      const kept = (a?.groups ?? []).filter((g) => !g.startsWith('system:'));
      const masters = a?.groups.includes('system:masters');
      const groups = kept.length ? ` --kubernetes-groups ${kept.join(' ')}` : '';
      const template = a?.entry?.username ?? a?.username;
      const region = v.aws.region ? ` --region ${v.aws.region}` : '';
      const since = v.api.updates?.ok
        ? v.api.updates.value.find((u) =>
            u.params.some((p) => p.type === 'AuthenticationMode' && p.value === 'API'),
          )
        : undefined;
      out.push({
        message:
          `Context "${v.t.contextName}": EKS cluster "${v.api.clusterName}" is in API authentication mode, which ignores aws-auth; ` +
          `${seen.canonical} is mapped only there${a ? ` (${a.source}, username ${a.username})` : ''}.` +
          (since?.createdAt
            ? ` The mode was changed at ${since.createdAt} (update ${since.id}).`
            : ''),
        remediation:
          (a
            ? `\`aws eks create-access-entry --cluster-name ${v.api.clusterName}${region} --principal-arn ${seen.canonical}${groups}` +
              `${template && !customUsernameProblem(template) ? ` --username '${template}'` : ''}\`` +
              (masters
                ? `, then \`aws eks associate-access-policy --cluster-name ${v.api.clusterName}${region} --principal-arn ${seen.canonical} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy --access-scope type=cluster\` (it was in system:masters).\n`
                : ', then grant it as below if its groups have no RBAC.\n')
            : '') +
          mappingFix({
            cluster: v.api.clusterName,
            ...(v.aws.region ? { region: v.aws.region } : {}),
            principal: seen.canonical,
            mode: 'API',
          }),
        context: v.t.contextName,
        evidence: {
          principal: seen.canonical,
          awsAuthUsername: a?.username ?? null,
          awsAuthGroups: a?.groups ?? [],
          modeChangedAt: since?.createdAt ?? null,
        },
      });
    }
    return out;
  },
});
