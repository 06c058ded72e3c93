/**
 * Whom an RBAC binding should name for an EKS identity. EKS's default username for a role is
 * `arn:…:sts::<account>:assumed-role/<role>/{{SessionName}}`: a binding to it holds only while the
 * role session name stays the same. A group the role is mapped to holds for every session. Pure.
 */
import type { TargetFacts } from '../facts.js';
import type { AccessAttributes } from '../live.js';
import { shellFlag } from '../shell.js';
import { renderTemplate } from './access-entries.js';
import { accountOf, canonicalizeArn } from './arn.js';
import { eksTargets, mappingOf, principalSeen, sessionOf } from './eks-view.js';
import type { AwsFacts } from './facts.js';
import { associateEditPolicy, entryArgs } from './mapping-fix.js';

export interface BindingSubject {
  /** `--group=…`, when there is a better subject than the username. */
  subject?: string;
  /** Why, and how to get a lasting subject when there is none yet. */
  note: string;
}

const PER_SESSION = /\{\{SessionName(Raw)?\}\}/;
const GROUP = 'deployers';

/**
 * The part of the username that changes per session: the session of an assumed-role ARN, or a
 * mapping template with `{{SessionName}}` that renders, for the caller the cluster sees, to
 * exactly that username (so the facts agree).
 */
function sessionPart(
  username: string,
  mapping: ReturnType<typeof mappingOf>,
  aws: AwsFacts,
): string | undefined {
  const arn = canonicalizeArn(username);
  if (arn.ok && arn.type === 'assumed-role')
    return `ends in the role session name "${sessionOf(username) ?? ''}"`;
  const template =
    mapping?.source === 'access-entry'
      ? mapping.username
      : mapping?.source === 'aws-auth'
        ? mapping.awsAuth?.entry?.username
        : undefined;
  const seen = principalSeen(aws);
  if (!template || !PER_SESSION.test(template) || !seen) return undefined;
  const sessionName = sessionOf(seen.arn);
  const rendered = renderTemplate(template, {
    accountId: accountOf(seen.canonical) ?? '',
    ...(sessionName ? { sessionName } : {}),
  });
  return rendered.ok && rendered.value === username
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
  const session = sessionPart(username, mapping, t.aws);
  if (!session) return undefined;
  const why = `The username "${username}" ${session}: a binding to that username stops matching when the session name changes (\`role-session-name\`).`;
  const group = [...groups, ...(mapping?.groups ?? [])].find((g) => !g.startsWith('system:'));
  if (group)
    return {
      subject: shellFlag('--group', group, '<group>'),
      note: `${why} So the binding names the group "${group}" the role is mapped to (every identity in that group gets the permission).`,
    };

  const entry = view?.api.accessEntry;
  const ref = {
    cluster: t.aws.eks.clusterName ?? '<cluster>',
    ...(t.aws.region ? { region: t.aws.region } : {}),
    principal: entry?.ok && entry.value ? entry.value.principalArn : '<role ARN>',
  };
  const bindGroup = `then bind \`--group=${GROUP}\` in place of \`--user\``;
  if (mapping?.source === 'access-entry')
    return {
      note:
        `${why} For one that lasts, give the access entry a Kubernetes group: ` +
        `\`aws eks update-access-entry ${entryArgs(ref)} --kubernetes-groups ${GROUP}\`, ${bindGroup}; ` +
        `or associate an access policy that covers it: \`${associateEditPolicy(ref, a.namespace ? [a.namespace] : [])}\`.`,
    };
  if (mapping?.source === 'aws-auth')
    return {
      note: `${why} For one that lasts, add \`groups: [${GROUP}]\` to the role's mapRoles entry (\`kubectl edit configmap aws-auth -n kube-system\`), ${bindGroup}.`,
    };
  return {
    note: `${why} For one that lasts, give the role a Kubernetes group (\`--kubernetes-groups\` on its access entry, or \`groups:\` in its aws-auth entry), ${bindGroup}.`,
  };
}
