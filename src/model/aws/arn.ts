/**
 * AWS ARNs as aws-iam-authenticator reads them (`pkg/arn`): the SDK's structural parse, the
 * canonical principal ARN that aws-auth and access entries are matched against, and path stripping.
 * Pure; errors are values, worded like the authenticator's so they can be recognised in its logs.
 */

const KNOWN_PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
] as const;
export type Partition = (typeof KNOWN_PARTITIONS)[number];

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon; may itself contain colons and slashes. */
  resource: string;
}

export type ArnResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** What Canonicalize recognised the principal as. */
export type PrincipalType = 'role' | 'user' | 'root' | 'federated-user' | 'assumed-role';

export type CanonicalResult =
  { ok: true; value: string; type: PrincipalType } | { ok: false; error: string };

export function isKnownPartition(p: string): p is Partition {
  return (KNOWN_PARTITIONS as readonly string[]).includes(p);
}

/** The SDK's `arn.Parse`: an `arn:` prefix and six colon-separated sections, nothing more. */
export function parseArn(arn: string): ArnResult<Arn> {
  if (!arn.startsWith('arn:')) return { ok: false, error: 'arn: invalid prefix' };
  const parts = arn.split(':');
  if (parts.length < 6) return { ok: false, error: 'arn: not enough sections' };
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  return {
    ok: true,
    value: { partition, service, region, account, resource: parts.slice(5).join(':') },
  };
}

/** Parse plus the authenticator's known-partition check, with its error wording. */
function parseKnown(arn: string): ArnResult<Arn> {
  const parsed = parseArn(arn);
  if (!parsed.ok) return { ok: false, error: `arn '${arn}' is invalid: '${parsed.error}'` };
  if (!isKnownPartition(parsed.value.partition)) {
    return { ok: false, error: `arn '${arn}' does not have a recognized partition` };
  }
  return parsed;
}

/**
 * The authenticator's `Canonicalize`. An assumed-role ARN becomes the IAM role ARN: the segments
 * between `assumed-role/` and the session name become the role name (STS never puts the role's
 * path there, so in practice it has none). IAM role/user/root and STS federated-user ARNs are
 * returned unchanged (an IAM user keeps its path). Anything else is an error.
 */
export function canonicalizeArn(arn: string): CanonicalResult {
  const parsed = parseKnown(arn);
  if (!parsed.ok) return parsed;
  const { partition, service, account, resource } = parsed.value;
  const parts = resource.split('/');
  const kind = parts[0];
  if (service === 'sts') {
    if (kind === 'federated-user') return { ok: true, value: arn, type: 'federated-user' };
    if (kind !== 'assumed-role') {
      return { ok: false, error: `unrecognized resource ${resource} for service sts` };
    }
    if (parts.length < 3) {
      return { ok: false, error: `assumed-role arn '${arn}' does not have a role` };
    }
    const role = parts.slice(1, -1).join('/');
    return {
      ok: true,
      value: `arn:${partition}:iam::${account}:role/${role}`,
      type: 'assumed-role',
    };
  }
  if (service === 'iam') {
    if (kind === 'role' || kind === 'user' || kind === 'root') {
      return { ok: true, value: arn, type: kind };
    }
    return { ok: false, error: `unrecognized resource ${resource} for service iam` };
  }
  return {
    ok: false,
    error: `service ${service} in arn ${arn} is not a valid service for identities`,
  };
}

/**
 * The authenticator's `StripPath`: `role/a/b/name` → `role/name` (rebuilt as an IAM role ARN with
 * no region). Non-role ARNs are returned unchanged.
 */
export function stripPath(arn: string): ArnResult<string> {
  const parsed = parseKnown(arn);
  if (!parsed.ok) return parsed;
  const { partition, account, resource } = parsed.value;
  const parts = resource.split('/');
  if (parts[0] !== 'role' || parts.length <= 2) return { ok: true, value: arn };
  return { ok: true, value: `arn:${partition}:iam::${account}:role/${parts[parts.length - 1]}` };
}

/** IAM Identity Center's role path: `aws-reserved/sso.amazonaws.com/` plus, usually, a region. */
const SSO_PATH = /^role\/aws-reserved\/sso\.amazonaws\.com\/(?:[a-z0-9-]+\/)?AWSReservedSSO_/;

/**
 * An IAM Identity Center (SSO) role: `AWSReservedSSO_<PermissionSet>_<suffix>` as an IAM role ARN
 * (with or without its `aws-reserved/sso.amazonaws.com/<region>/` path) or as an assumed-role ARN.
 */
export function isSsoRoleArn(arn: string): boolean {
  const parsed = parseArn(arn);
  if (!parsed.ok) return false;
  const { service, resource } = parsed.value;
  if (service === 'iam') return SSO_PATH.test(resource) || /^role\/AWSReservedSSO_/.test(resource);
  return service === 'sts' && /^assumed-role\/AWSReservedSSO_[^/]*\/[^/]+$/.test(resource);
}

/** The partition field, if the ARN parses (known or not: see `isKnownPartition`). */
export function partitionOf(arn: string): string | undefined {
  const parsed = parseArn(arn);
  return parsed.ok ? parsed.value.partition : undefined;
}

/** The account field, if the ARN parses and has one. */
export function accountOf(arn: string): string | undefined {
  const parsed = parseArn(arn);
  return parsed.ok && parsed.value.account ? parsed.value.account : undefined;
}

/** Why a mapping ARN can never equal a canonical ARN, and the ARN that would. */
export interface ArnFix {
  reason: 'sts-arn' | 'sso-path' | 'role-path';
  fixedArn: string;
}

/** Why each kind of fixable ARN never matches, phrased after the ARN. */
export const ARN_FIX_WHY: Record<ArnFix['reason'], string> = {
  'role-path': 'has a path, but callers are matched by their role ARN without one',
  'sts-arn': 'is an STS session ARN, but callers are matched by their IAM role ARN',
  'sso-path':
    'keeps the aws-reserved/sso.amazonaws.com/ path, but SSO callers are matched without it',
};

/**
 * For an ARN written in aws-auth: undefined when it is already in canonical form (or not
 * fixable); otherwise the canonical role ARN it was meant to be. An assumed-role ARN maps to its
 * role, a role with a path (SSO or not) to the role without it.
 */
export function arnFix(arn: string): ArnFix | undefined {
  const canonical = canonicalizeArn(arn);
  if (!canonical.ok) return undefined;
  if (canonical.type === 'assumed-role') {
    const stripped = stripPath(canonical.value);
    return { reason: 'sts-arn', fixedArn: stripped.ok ? stripped.value : canonical.value };
  }
  if (canonical.type !== 'role') return undefined;
  const stripped = stripPath(arn);
  if (!stripped.ok || stripped.value === arn) return undefined;
  const resource = arn.split(':').slice(5).join(':');
  return { reason: SSO_PATH.test(resource) ? 'sso-path' : 'role-path', fixedArn: stripped.value };
}

/**
 * The authenticator's `ArnLike` (IAM ArnLike): each of the six sections is matched on its own,
 * `*` as any run and `?` as at most one character (its quirk), case-sensitively.
 */
export function arnLike(arn: string, pattern: string): boolean {
  const split = (s: string) => (s.startsWith('arn:') ? s.split(':') : []);
  const a = split(arn);
  const p = split(pattern);
  if (a.length < 6 || p.length < 6) return false;
  const sections = (x: string[]) => [...x.slice(0, 5), x.slice(5).join(':')];
  const pats = sections(p);
  return sections(a).every((s, i) => {
    const glob = (pats[i] ?? '').replace(/[.+^${}()|[\]\\*?]/g, (c) =>
      c === '*' ? '.*' : c === '?' ? '.?' : `\\${c}`,
    );
    return new RegExp(`^${glob}$`).test(s);
  });
}
