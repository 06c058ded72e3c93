/** Reading live facts the same way in checks, the diagnosis and the report. */
import type { TargetFacts } from './facts.js';
import type { AccessAttributes, AccessCheck, LiveFacts } from './live.js';
import { shellFlag } from './shell.js';

export const ANONYMOUS = 'system:anonymous';

/** Targets whose live phase ran (not offline, not skipped). */
export function liveTargets(targets: TargetFacts[]): { t: TargetFacts; live: LiveFacts }[] {
  return targets.flatMap((t) => (t.live && !t.live.skipped ? [{ t, live: t.live }] : []));
}

/**
 * `User "system:anonymous" cannot …` → system:anonymous (Status messages quote the user, at the
 * start). Only the first 64 KiB are read: on megabytes the regex's repeated group overflows.
 */
export function userInMessage(message: string | undefined): string | undefined {
  return /User "((?:[^"\\]|\\.)*)"/.exec((message ?? '').slice(0, 65_536))?.[1];
}

/** The username the server saw: from SelfSubjectReview, else from a 403 message. */
export function seenAs(live: LiveFacts): string | undefined {
  if (live.whoami?.ok) return live.whoami.user.username;
  const fromWhoami = live.whoami && !live.whoami.ok ? live.whoami.status?.message : undefined;
  const forbidden = live.access.find(
    (a) => a.error && 'message' in a.error && a.error.code === 403,
  );
  return (
    userInMessage(fromWhoami) ??
    userInMessage(
      forbidden?.error && 'message' in forbidden.error ? forbidden.error.message : undefined,
    )
  );
}

export function groupsSeen(live: LiveFacts): string[] {
  return live.whoami?.ok ? live.whoami.user.groups : [];
}

/** The required permissions the server answered "no" to (not the reviews that failed). */
export function deniedAccess(live: LiveFacts): AccessCheck[] {
  return live.access.filter((a) => a.allowed === false && !a.error);
}

/** The live checks were denied: a required permission said no, or even SelfSubjectReview was 403. */
export function liveDenied(live: LiveFacts | undefined): boolean {
  if (!live) return false;
  const w = live.whoami;
  return deniedAccess(live).length > 0 || Boolean(w && !w.ok && w.why === 'forbidden');
}

/** `create deployments.apps "web" in namespace "prod"`, `get path /healthz`. */
export function describeAccess(a: AccessAttributes): string {
  if (a.nonResourceURL !== undefined) return `${a.verb} path ${a.nonResourceURL}`;
  const res = [a.resource ?? '*', a.subresource].filter(Boolean).join('/');
  const type = a.group ? `${res}.${a.group}` : res;
  const name = a.name ? ` "${a.name}"` : '';
  const where = a.namespace ? ` in namespace "${a.namespace}"` : ' cluster-wide';
  return `${a.verb} ${type}${name}${where}`;
}

/**
 * The RBAC that grants one access, as kubectl commands. `better`: a lasting subject for a
 * per-session username, and why (model/aws/rbac-subject.ts).
 */
export function rbacFix(
  a: AccessAttributes,
  username: string | undefined,
  better?: { subject?: string; note: string },
): string {
  const sa = /^system:serviceaccount:([^:]+):(.+)$/.exec(username ?? '');
  const subject =
    better?.subject ??
    (sa
      ? shellFlag('--serviceaccount', `${sa[1]}:${sa[2]}`, '<namespace>:<name>')
      : shellFlag('--user', username, '<user>'));
  const ns = a.namespace ? ` -n ${a.namespace}` : '';
  const kind = a.namespace ? 'role' : 'clusterrole';
  const name = `kube-preflight-${a.verb}-${(a.resource ?? 'path').replace(/[^a-z0-9]/g, '')}`.slice(
    0,
    60,
  );
  const rule =
    a.nonResourceURL !== undefined
      ? `--verb=${a.verb} --non-resource-url=${a.nonResourceURL}`
      : `--verb=${a.verb} --resource=${[a.resource, a.subresource].filter(Boolean).join('/')}${a.group ? `.${a.group}` : ''}${a.name ? ` --resource-name=${a.name}` : ''}`;
  const commands = `\`kubectl create ${kind} ${name} ${rule}${ns}\` then \`kubectl create ${kind}binding ${name} --${kind}=${name} ${subject}${ns}\``;
  return better ? `${commands}. ${better.note}` : commands;
}
