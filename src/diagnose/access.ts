/** Why an authenticated (or anonymous) identity may not do what the deploy needs. */
import { eksBindingSubject } from '../model/aws/rbac-subject.js';
import { ANONYMOUS, describeAccess, groupsSeen, rbacFix, seenAs } from '../model/cluster.js';
import type { Facts, TargetFacts } from '../model/facts.js';
import { firstMatch } from '../model/glob.js';
import { shellFlag } from '../model/shell.js';
import type { AccessCheck } from '../model/live.js';
import { cause, type Cause } from './model.js';

export function anonymousCauses(t: TargetFacts): Cause[] {
  const live = t.live;
  const malformed = [t.token, t.tokenFile].find((l) => l?.ok && l.value.malformed);
  if (malformed?.ok && /whitespace/.test(malformed.value.malformed ?? '')) {
    return [
      cause({
        id: 'token-whitespace',
        title:
          'The token starts with whitespace, so the server sees an empty token and treats the request as anonymous',
        score: 95,
        evidence: [malformed.value.malformed ?? ''],
        settle: 'The token/malformed finding.',
        fix: 'Strip the whitespace from the stored token.',
      }),
    ];
  }
  return [
    cause({
      id: 'no-credentials',
      title: `User "${t.context?.value.user ?? '?'}" sends no credentials, so every request runs as ${ANONYMOUS}`,
      score: live?.sent.length === 0 ? 95 : 60,
      evidence: [`sent: ${live?.sent.join(', ') || 'nothing'}`],
      settle: '`kubectl config view --minify` shows the user entry.',
      fix: 'Give the user real credentials (token, client certificate or exec plugin).',
    }),
  ];
}

/** RBAC's reason when a binding points at a role that does not exist. */
const MISSING_ROLE = /(cluster)?role(\.rbac\.authorization\.k8s\.io)? "([^"]+)" not found/i;

export function permissionCauses(t: TargetFacts, facts: Facts, denied: AccessCheck[]): Cause[] {
  const live = t.live;
  if (!live) return [];
  const user = seenAs(live);
  const groups = groupsSeen(live);
  // Impersonation adds system:authenticated itself; the mapped groups must be named.
  const asGroups = groups
    .filter((g) => !g.startsWith('system:'))
    .map((g) => ` ${shellFlag('--as-group', g, '<group>')}`)
    .join('');
  const out: Cause[] = [];
  const expected = facts.settings.expectIdentity;
  if (user && expected.length && !firstMatch(expected, [user])) {
    out.push(
      cause({
        id: 'wrong-identity',
        title: `The server sees "${user}", not the identity the deploy expects (${expected.join(', ')}): the permissions may belong to the other one`,
        score: 90,
        evidence: [`username ${user}`, `groups ${groups.join(', ') || '(none)'}`],
        settle:
          'Which credentials this job really uses (the kubeconfig user, an earlier credentials step).',
        fix: 'Use the expected identity’s credentials, or update expect-identity.',
      }),
    );
  }
  for (const a of denied) {
    if (!a.attributes) continue;
    const missingRole = MISSING_ROLE.exec(a.reason ?? '');
    const what = describeAccess(a.attributes);
    out.push(
      cause({
        id: missingRole ? 'binding-to-missing-role' : 'rbac-missing',
        title: missingRole
          ? `A binding for "${user ?? '?'}" points at ${missingRole[1] ? 'ClusterRole' : 'Role'} "${missingRole[3]}", which does not exist`
          : `No RBAC rule lets "${user ?? '?'}"${groups.length ? ` (groups ${groups.join(', ')})` : ''} ${what}`,
        score: missingRole ? 95 : 85,
        evidence: [
          `require: ${a.requirement.line}`,
          ...(a.reason ? [`authorizer: ${a.reason}`] : []),
          ...(a.unknownResource ? ['the server does not serve this resource type'] : []),
        ],
        settle: `\`kubectl auth can-i ${a.requirement.line.replace(/^kubectl auth can-i /, '')} ${shellFlag('--as', user, '<user>')}${asGroups}\` with admin credentials, and \`kubectl get rolebindings,clusterrolebindings -A -o wide\` for the subject.`,
        fix: missingRole
          ? `Create the missing role "${missingRole[3]}", or point the binding at an existing one.`
          : rbacFix(a.attributes, user, eksBindingSubject(t, user, groups, a.attributes)),
      }),
    );
  }
  return out;
}
