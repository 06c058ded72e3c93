/** Why an identity admitted by an EKS access entry is Forbidden: what the entry grants. Pure. */
import { policyShortName } from '../model/aws/access-entries.js';
import { eksTargets, mappingOf } from '../model/aws/eks-view.js';
import { associateEditPolicy, EDIT_POLICY, entryArgs } from '../model/aws/mapping-fix.js';
import { describeAccess } from '../model/cluster.js';
import type { TargetFacts } from '../model/facts.js';
import { firstMatch } from '../model/glob.js';
import type { AccessCheck } from '../model/live.js';
import { cause, type Cause } from './model.js';

const READS = new Set(['get', 'list', 'watch']);

export function eksAccessCauses(t: TargetFacts, denied: AccessCheck[]): Cause[] {
  const [v] = eksTargets([t]);
  const entry = v?.api.accessEntry?.ok ? v.api.accessEntry.value : undefined;
  const policies = v?.api.accessPolicies?.ok ? v.api.accessPolicies.value : undefined;
  if (!v || !entry || !policies || mappingOf(v)?.source !== 'access-entry') return [];
  const ref = {
    cluster: v.api.clusterName,
    ...(v.aws.region ? { region: v.aws.region } : {}),
    principal: entry.principalArn,
  };
  const cmd = `aws eks associate-access-policy ${entryArgs(ref)}`;
  const settle = `\`aws eks list-associated-access-policies --cluster-name ${v.api.clusterName} --principal-arn ${entry.principalArn}\``;
  // Node and other non-STANDARD entries get their permissions from EKS, not from policies.
  if (entry.type && entry.type !== 'STANDARD') return [];
  if (policies.length === 0 && entry.kubernetesGroups.length > 0) return []; // RBAC's job
  if (policies.length === 0)
    return [
      cause({
        id: 'eks-access-entry-empty',
        title: `The access entry of ${entry.principalArn} has no access policy and no Kubernetes groups: EKS authenticates it and grants it nothing`,
        score: 92,
        evidence: ['associated access policies: none', 'kubernetesGroups: none'],
        settle,
        fix: `\`${cmd} --policy-arn ${EDIT_POLICY} --access-scope type=namespace,namespaces=<ns>\`, or give the entry groups RBAC binds.`,
      }),
    ];
  const out: Cause[] = [];
  const listed = policies.map(
    (p) =>
      `${policyShortName(p.policyArn)} (${p.scope.type === 'namespace' ? `namespaces ${(p.scope.namespaces ?? []).join(', ')}` : 'cluster-wide'})`,
  );
  for (const a of denied) {
    const ns = a.attributes?.namespace;
    if (!a.attributes) continue;
    const covering = policies.filter(
      (p) => p.scope.type === 'cluster' || (!!ns && !!firstMatch(p.scope.namespaces ?? [], [ns])),
    );
    const what = describeAccess(a.attributes);
    if (covering.length === 0) {
      const scope = ns
        ? `type=namespace,namespaces=${[...(policies[0]?.scope.namespaces ?? []), ns].join(',')}`
        : 'type=cluster';
      out.push(
        cause({
          id: 'eks-policy-scope',
          title: ns
            ? `The access entry's policies do not reach namespace "${ns}": ${listed.join('; ')}`
            : `The access entry's policies are namespace-scoped, but the deploy needs to ${what}: ${listed.join('; ')}`,
          score: 90,
          evidence: [`require: ${a.requirement.line}`, ...listed.map((l) => `policy ${l}`)],
          settle,
          fix: `Widen the policy's scope: \`${cmd} --policy-arn ${policies[0]?.policyArn} --access-scope ${scope}\`.`,
        }),
      );
    } else if (
      covering.every((p) => /AmazonEKSViewPolicy$/.test(p.policyArn)) &&
      !READS.has(a.attributes.verb)
    ) {
      out.push(
        cause({
          id: 'eks-policy-view-only',
          title: `The access entry grants only AmazonEKSViewPolicy where the deploy needs to ${what}`,
          score: 88,
          evidence: [`require: ${a.requirement.line}`, ...listed.map((l) => `policy ${l}`)],
          settle,
          fix: `\`${associateEditPolicy(ref, ns ? [ns] : [])}\`.`,
        }),
      );
    }
  }
  return out;
}
