/**
 * Which aws-auth entry maps a caller, as aws-iam-authenticator decides it (ConfigMapMapper.Map,
 * then doMapping and renderTemplates), and the entries that would map it if written canonically.
 * Pure.
 */
import { ARN_FIX_WHY, type ArnFix, arnFix, arnLike, parseArn } from './arn.js';
import { renderTemplate, type TemplateCaller } from './access-entries.js';
import type { AwsAuthConfig, AwsAuthEntry } from './aws-auth.js';

export interface AwsAuthCaller extends TemplateCaller {
  canonicalArn: string;
  arn: string;
}

export interface AwsAuthMapping {
  source: 'mapRoles' | 'mapUsers' | 'mapAccounts';
  /** The entry used; none for the mapAccounts fallback. */
  entry?: AwsAuthEntry;
  username: string;
  groups: string[];
  /** The authenticator denies the token: a template could not be rendered. */
  error?: string;
  /** `{{EC2PrivateDNSName}}` is left as written: it needs ec2:DescribeInstances. */
  needsEc2Lookup: boolean;
  /** Other entries that match too but are not used. */
  shadowed: AwsAuthEntry[];
  /** False when the authenticator's pick depends on Go map order (userarn case variants). */
  deterministic: boolean;
}

/** Whether the authenticator matches this entry; `sso` entries only with the SSORoleMatch gate on. */
function matches(e: AwsAuthEntry, canonical: string, ssoMatch: boolean): boolean {
  if (e.kind === 'sso') return ssoMatch && arnLike(canonical.toLowerCase(), e.arn);
  return e.arn.toLowerCase() === canonical.toLowerCase();
}

/**
 * ConfigMapMapper.Map then doMapping: roles first, then users, comparing the canonical ARN
 * case-insensitively; entries with the same key (role: lower-cased ARN; user: ARN as written)
 * overwrite each other, so the last one counts. Else mapAccounts: username = canonical ARN, no groups.
 */
export function mapIdentity(
  config: AwsAuthConfig,
  caller: AwsAuthCaller,
  opts: { ssoMatch?: boolean } = {},
): AwsAuthMapping | undefined {
  for (const [source, list] of [
    ['mapRoles', config.roles],
    ['mapUsers', config.users],
  ] as const) {
    const hits = list.filter((e) => matches(e, caller.canonicalArn, !!opts.ssoMatch));
    const byKey = new Map(hits.map((e) => [e.kind === 'user' ? e.arn : e.arn.toLowerCase(), e]));
    const entry = [...byKey.values()][0];
    if (!entry) continue;
    const base = {
      source,
      entry,
      shadowed: hits.filter((e) => e !== entry),
      deterministic: byKey.size === 1,
    };
    let needsEc2Lookup = false;
    const render = (t: string, what: string): string => {
      const r = renderTemplate(t, caller);
      if (!r.ok) throw new Error(`error rendering ${what} template "${t}": ${r.error}`);
      needsEc2Lookup ||= r.needsEc2Lookup;
      return r.value;
    };
    try {
      const username = render(entry.username ?? '', 'username');
      const groups = entry.groups.map((g) => render(g, 'group'));
      return { ...base, username, groups, needsEc2Lookup };
    } catch (err) {
      return { ...base, username: '', groups: [], needsEc2Lookup, error: (err as Error).message };
    }
  }
  if (!config.accounts.includes(caller.accountId)) return undefined;
  const username = caller.canonicalArn;
  return {
    source: 'mapAccounts',
    username,
    groups: [],
    needsEc2Lookup: false,
    shadowed: [],
    deterministic: true,
  };
}

export interface NearMiss {
  entry: AwsAuthEntry;
  reason: ArnFix['reason'] | 'case' | 'user-path' | 'sso-matcher';
  fixedArn?: string;
  detail: string;
}

/** Entries that would map this caller if their ARN were written the canonical way. */
export function nearMisses(
  config: AwsAuthConfig,
  caller: AwsAuthCaller,
  opts: { ssoMatch?: boolean } = {},
): NearMiss[] {
  const want = caller.canonicalArn;
  const same = (a: string) => a.toLowerCase() === want.toLowerCase();
  const out: NearMiss[] = [];
  for (const entry of [...config.roles, ...config.users]) {
    const at = `entry at line ${entry.line} of ${entry.kind === 'user' ? 'mapUsers' : 'mapRoles'}`;
    if (entry.kind === 'sso') {
      if (!opts.ssoMatch && matches(entry, want, true)) {
        const detail = `the sso ${at} matches only with the SSORoleMatch feature gate on: map ${want} as rolearn`;
        out.push({ entry, reason: 'sso-matcher', detail });
      }
      continue;
    }
    if (same(entry.arn)) {
      if (entry.arn !== want) {
        const detail = `the ${at} differs from ${want} only in case: the open-source authenticator ignores case, EKS may not`;
        out.push({ entry, reason: 'case', fixedArn: want, detail });
      }
      continue;
    }
    const fix = arnFix(entry.arn);
    if (fix && same(fix.fixedArn)) {
      const detail = `the ${at} ${ARN_FIX_WHY[fix.reason]}: use ${want}`;
      out.push({ entry, reason: fix.reason, fixedArn: want, detail });
    } else if (sameUserElsewhere(entry.arn, want)) {
      const detail = `the ${at} names the user with another path; a user is matched by the ARN GetCallerIdentity returns, path included: use ${want}`;
      out.push({ entry, reason: 'user-path', fixedArn: want, detail });
    }
  }
  return out;
}

/** Two IAM user ARNs in the same account whose names match but whose paths differ. */
function sameUserElsewhere(a: string, b: string): boolean {
  const [x, y] = [parseArn(a), parseArn(b)];
  if (!x.ok || !y.ok || x.value.service !== 'iam' || y.value.service !== 'iam') return false;
  const name = (r: string) =>
    r.startsWith('user/') ? r.split('/').pop()?.toLowerCase() : undefined;
  return (
    x.value.partition === y.value.partition &&
    x.value.account === y.value.account &&
    name(x.value.resource) !== undefined &&
    name(x.value.resource) === name(y.value.resource)
  );
}
