/**
 * The aws-auth mapping by the authenticator's rules, read independently of src/model/aws: which
 * entry maps a caller, which near misses are real, and how an Identity Center role is matched.
 */
import type { Arbitrary } from 'fast-check';
import {
  mapIdentity,
  nearMisses,
  parseAwsAuth,
  type AwsAuthCaller,
  type AwsAuthConfig,
  type AwsAuthEntry,
} from '../../src/model/aws/aws-auth.js';
import type { ssoRoleArn } from './arbitraries/index.js';
import { checkMessage, ensure } from './budget.js';

type SsoRole = typeof ssoRoleArn extends Arbitrary<infer T> ? T : never;

const sameArn = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The mapping with the SSORoleMatch gate off: a role entry with the caller's ARN (any case), else
 * a user entry, else mapAccounts for the caller's account. With the gate on, an sso entry may win.
 */
export function checkMapping(cfg: AwsAuthConfig, who: AwsAuthCaller): void {
  const hit = (e: AwsAuthEntry) => e.kind !== 'sso' && sameArn(e.arn, who.canonicalArn);
  const [role, user] = [cfg.roles.some(hit), cfg.users.some(hit)];
  const account = cfg.accounts.includes(who.accountId);
  const want = role ? 'mapRoles' : user ? 'mapUsers' : account ? 'mapAccounts' : undefined;
  const m = mapIdentity(cfg, who);
  const got = { want, source: m?.source, entry: m?.entry, caller: who.canonicalArn };
  ensure(m?.source === want, 'mapped from the wrong place', got);
  if (m?.source === 'mapAccounts')
    ensure(m.username === who.canonicalArn && m.groups.length === 0, 'a mapAccounts user', m);
  else if (m) {
    const list = m.source === 'mapRoles' ? cfg.roles : cfg.users;
    ensure(!!m.entry && list.includes(m.entry) && hit(m.entry), 'mapped by a wrong entry', got);
  }
  const sso = mapIdentity(cfg, who, { ssoMatch: true });
  ensure(sso?.entry === m?.entry || sso?.entry?.kind === 'sso', 'the gate changed a match', sso);
}

/** Near misses differ from the caller's ARN as their reason says; `variantOf` must be one. */
export function checkNearMisses(
  cfg: AwsAuthConfig,
  who: AwsAuthCaller,
  variantOf?: AwsAuthEntry,
): void {
  const want = who.canonicalArn;
  const misses = nearMisses(cfg, who);
  for (const n of misses) {
    const known = [...cfg.roles, ...cfg.users].includes(n.entry);
    const ok =
      n.reason === 'case'
        ? sameArn(n.entry.arn, want) && n.entry.arn !== want
        : n.fixedArn === want;
    ensure(known && ok && n.reason !== 'sso-matcher', 'a near miss', { n, want });
    checkMessage(n.detail);
  }
  if (variantOf) {
    const found = misses.some((n) => n.entry === variantOf && n.reason === 'case');
    ensure(found, 'a case variant not reported', { want, entry: variantOf });
  }
}

/**
 * An Identity Center role in aws-auth, its caller the canonical role ARN: as a `rolearn` without
 * a path it maps the caller; with its path or as an STS ARN it is a near miss with that fix. As an
 * `sso` matcher (no partition: `aws`) it maps the caller only with the gate on, else is a near miss.
 */
export function checkSsoRole(sso: SsoRole): void {
  const caller = { arn: sso.canonical, canonicalArn: sso.canonical, accountId: sso.account };
  const who = { ...caller, sessionName: 's' };
  const byArn = parseAwsAuth({ mapRoles: JSON.stringify([{ rolearn: sso.arn, username: 'ci' }]) });
  ensure(byArn.problems.length === 0 && byArn.roles.length === 1, 'an SSO rolearn', byArn);
  const mapped = mapIdentity(byArn, who);
  const misses = nearMisses(byArn, who);
  const reason = { path: 'sso-path', assumed: 'sts-arn', bare: undefined }[sso.form];
  const got = { sso, mapped: mapped?.username, misses };
  if (reason === undefined)
    ensure(mapped?.username === 'ci' && misses.length === 0, 'an SSO role not mapped', got);
  else {
    const fix = misses.length === 1 && misses[0]?.reason === reason;
    ensure(!mapped && fix && misses[0]?.fixedArn === sso.canonical, 'an SSO near miss', got);
  }
  checkMapping(byArn, who);
  checkNearMisses(byArn, who);

  const matcher = { permissionSetName: sso.set, accountID: sso.account };
  const bySet = parseAwsAuth({ mapRoles: JSON.stringify([{ sso: matcher, username: 'ci' }]) });
  ensure(bySet.problems.length === 0 && bySet.roles[0]?.kind === 'sso', 'an sso entry', bySet);
  const aws = sso.partition === 'aws';
  const gated = mapIdentity(bySet, who, { ssoMatch: true });
  ensure(!!gated === aws && !mapIdentity(bySet, who), 'an sso matcher', { sso, gated });
  const [miss] = nearMisses(bySet, who);
  ensure((miss?.reason === 'sso-matcher') === aws, 'an sso matcher near miss', { sso, miss });
  checkMapping(bySet, who);
}
