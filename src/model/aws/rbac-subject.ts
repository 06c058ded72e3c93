/**
 * Whom an RBAC binding should name for an EKS identity. EKS's default username for a role is
 * `arn:…:sts::<account>:assumed-role/<role>/{{SessionName}}`: a binding to it holds only while the
 * role session name stays the same. A group the role is mapped to holds for every session. Pure.
 */
import type { TargetFacts } from '../facts.js';
import type { AccessAttributes } from '../live.js';
import type { EffectiveMapping } from './access-entries.js';
import type { AwsAuthMapping } from './aws-auth-match.js';
import { eksTargets, mappingOf } from './eks-view.js';
import { shellFlag } from '../shell.js';

export interface BindingSubject {
  /** `--group=…`, when there is a better subject than the username. */
  subject?: string;
  /** Why, and how to get a lasting subject when there is none yet. */
  note: string;
}

const SESSION_ARN = /^arn:aws[a-z-]*:sts::\d{12}:assumed-role\/[^/]+\/([^/]+)$/;
const SESSION_TEMPLATE = /\{\{(SessionName|SessionNameRaw|AccessKeyID)\}\}/;
const POLICY = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy';
const GROUP = 'deployers';

/** Whether the server's username is what this template renders to (the facts agree). */
function rendersTo(template: string, username: string): boolean {
  // A few placeholders and a short name keep the backtracking small.
  if (username.length > 1024) return false;
  const parts = template
    .split(/\{\{[A-Za-z]+\}\}/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return parts.length <= 4 && new RegExp(`^${parts.join('.+')}$`).test(username);
}

/** The part of the username that changes per session, when the mapping puts one in it. */
function sessionPart(
  username: string,
  mapping: (EffectiveMapping & { awsAuth?: AwsAuthMapping }) | undefined,
): string | undefined {
  const fromArn = SESSION_ARN.exec(username)?.[1];
  if (fromArn) return `ends in the role session name "${fromArn}"`;
  const template =
    mapping?.source === 'access-entry'
      ? mapping.username
      : mapping?.source === 'aws-auth'
        ? mapping.awsAuth?.entry?.username
        : undefined;
  return template && SESSION_TEMPLATE.test(template) && rendersTo(template, username)
    ? `comes from the ${mapping?.source === 'access-entry' ? 'access entry' : 'aws-auth'} username template "${template}"`
    : undefined;
}

/**
 * Undefined unless the target is EKS and its username is per-session. Groups named `system:…`
 * are Kubernetes' own and never a binding's subject here; the mapping's groups count when the
 * server did not say which groups it saw.
 */
export function eksBindingSubject(
  t: TargetFacts,
  username: string | undefined,
  groups: string[],
  a: AccessAttributes,
): BindingSubject | undefined {
  if (!t.aws || t.aws.skipped || !username) return undefined;
  const view = eksTargets([t])[0];
  const mapping = view ? mappingOf(view) : undefined;
  const session = sessionPart(username, mapping);
  if (!session) return undefined;
  const why = `The username "${username}" ${session}: a binding to that username stops matching when the session name changes (\`role-session-name\`).`;
  const group = [...groups, ...(mapping?.groups ?? [])].find((g) => !g.startsWith('system:'));
  if (group)
    return {
      subject: shellFlag('--group', group, '<group>'),
      note: `${why} So the binding names the group "${group}" the role is mapped to (every identity in that group gets the permission).`,
    };

  const cluster = t.aws.eks.clusterName ?? '<cluster>';
  const region = t.aws.region ? ` --region ${t.aws.region}` : '';
  const entry = view?.api.accessEntry;
  const principal = entry?.ok && entry.value ? entry.value.principalArn : '<role ARN>';
  const scope = a.namespace ? `type=namespace,namespaces=${a.namespace}` : 'type=cluster';
  const bindGroup = `then bind \`--group=${GROUP}\` in place of \`--user\``;
  if (mapping?.source === 'access-entry')
    return {
      note:
        `${why} For one that lasts, give the access entry a Kubernetes group: ` +
        `\`aws eks update-access-entry --cluster-name ${cluster}${region} --principal-arn ${principal} --kubernetes-groups ${GROUP}\`, ${bindGroup}; ` +
        `or associate an access policy that covers it: \`aws eks associate-access-policy --cluster-name ${cluster}${region} ` +
        `--principal-arn ${principal} --policy-arn ${POLICY} --access-scope ${scope}\`.`,
    };
  if (mapping?.source === 'aws-auth')
    return {
      note: `${why} For one that lasts, add \`groups: [${GROUP}]\` to the role's mapRoles entry (\`kubectl edit configmap aws-auth -n kube-system\`), ${bindGroup}.`,
    };
  return {
    note: `${why} For one that lasts, give the role a Kubernetes group (\`--kubernetes-groups\` on its access entry, or \`groups:\` in its aws-auth entry), ${bindGroup}.`,
  };
}
