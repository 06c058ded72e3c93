/**
 * EKS access entries (Cluster Access Management): default usernames, username templates (shared
 * with aws-auth), the authentication-mode rules and which mapping applies. Pure.
 */
import { type ArnResult, parseArn } from './arn.js';
import type { AwsAuthMapping } from './aws-auth.js';

export type AuthenticationMode = 'CONFIG_MAP' | 'API_AND_CONFIG_MAP' | 'API';
export type AccessEntryType =
  'STANDARD' | 'EC2_LINUX' | 'EC2_WINDOWS' | 'FARGATE_LINUX' | 'HYBRID_LINUX' | 'EC2';

/** The fields of DescribeAccessEntry that decide the Kubernetes identity. */
export interface AccessEntry {
  principalArn: string;
  type?: AccessEntryType | string;
  username?: string;
  kubernetesGroups?: string[];
}

/** Template variables the authenticator replaces (server.go renderTemplate); others stay as written. */
export const TEMPLATE_VARIABLES = [
  'AccountID',
  'SessionName',
  'SessionNameRaw',
  'AccessKeyID',
  'EC2PrivateDNSName',
] as const;

export interface TemplateCaller {
  accountId: string;
  sessionName?: string;
  accessKeyId?: string;
}

export type Rendered =
  { ok: true; value: string; needsEc2Lookup: boolean } | { ok: false; error: string };

/** `{{…}}` placeholders that are not template variables (`{{ SessionName }}` included). */
export function unknownTemplateVariables(template: string): string[] {
  const known: readonly string[] = TEMPLATE_VARIABLES;
  return [...template.matchAll(/\{\{(.*?)\}\}/g)]
    .filter((m) => !known.includes(m[1] ?? ''))
    .map((m) => m[0]);
}

/**
 * renderTemplate, in the authenticator's order. `{{EC2PrivateDNSName}}` needs the session name to
 * be an instance id and then an ec2:DescribeInstances call, so it is left as written here.
 */
export function renderTemplate(template: string, caller: TemplateCaller): Rendered {
  const session = caller.sessionName ?? '';
  const needsEc2Lookup = template.includes('{{EC2PrivateDNSName}}');
  if (needsEc2Lookup && !/^i-(\w{8}|\w{17})$/.test(session)) {
    return { ok: false, error: 'SessionName did not contain an instance id' };
  }
  const value = template
    .replaceAll('{{AccountID}}', () => caller.accountId)
    .replaceAll('{{SessionName}}', () => session.replaceAll('@', '-'))
    .replaceAll('{{SessionNameRaw}}', () => session)
    .replaceAll('{{AccessKeyID}}', () => caller.accessKeyId ?? '');
  return { ok: true, value, needsEc2Lookup };
}

/** Prefixes a custom access-entry username can't start with (EKS guide). */
export const RESERVED_USERNAME_PREFIXES = ['system:', 'eks:', 'aws:', 'amazon:', 'iam:'] as const;

/** Why EKS would refuse this custom access-entry username, if it would. */
export function customUsernameProblem(username: string): string | undefined {
  const reserved = RESERVED_USERNAME_PREFIXES.find((p) => username.startsWith(p));
  if (reserved) return `username "${username}" starts with the reserved prefix "${reserved}"`;
  const at = username.indexOf('{{SessionName}}');
  if (at >= 0 && !username.slice(0, at).includes(':')) {
    return `username "${username}": {{SessionName}} must come after a colon`;
  }
  return undefined;
}

const NODE_USERNAMES = new Map([
  ['EC2_LINUX', 'system:node:{{EC2PrivateDNSName}}'],
  ['EC2_WINDOWS', 'system:node:{{EC2PrivateDNSName}}'],
  ['FARGATE_LINUX', 'system:node:{{SessionName}}'],
  ['HYBRID_LINUX', 'system:node:{{SessionName}}'],
]);

/**
 * The username EKS gives an access entry that has none. STANDARD: an IAM user's ARN, or for a role
 * `arn:<partition>:sts::<account>:assumed-role/<role name, no path>/{{SessionName}}`. Node types
 * must be roles. EC2 (Auto Mode) has no documented default.
 */
export function defaultUsername(
  principalArn: string,
  type: string = 'STANDARD',
): ArnResult<string> {
  const parsed = parseArn(principalArn);
  if (!parsed.ok) return { ok: false, error: `principal ARN '${principalArn}': ${parsed.error}` };
  const { partition, service, account, resource } = parsed.value;
  const [kind, ...rest] = resource.split('/');
  const name = rest[rest.length - 1];
  const role = service === 'iam' && kind === 'role' && !!name;
  if (type === 'STANDARD') {
    if (service === 'iam' && kind === 'user' && name) return { ok: true, value: principalArn };
    if (role)
      return {
        ok: true,
        value: `arn:${partition}:sts::${account}:assumed-role/${name}/{{SessionName}}`,
      };
    return { ok: false, error: `'${principalArn}' is not an IAM user or role ARN` };
  }
  const value = NODE_USERNAMES.get(type);
  if (!value)
    return { ok: false, error: `no documented default username for access entry type ${type}` };
  if (!role)
    return { ok: false, error: `a ${type} access entry needs an IAM role, not '${principalArn}'` };
  return { ok: true, value };
}

/** Access-entry APIs work only once the cluster has left CONFIG_MAP mode (unknown: assumed so). */
export const accessEntriesAvailable = (mode: AuthenticationMode | undefined): boolean =>
  mode !== 'CONFIG_MAP';
/** The authenticator reads aws-auth unless the mode is API (unknown: assumed it does). */
export const awsAuthApplies = (mode: AuthenticationMode | undefined): boolean => mode !== 'API';

export interface EffectiveMapping {
  source: 'access-entry' | 'aws-auth' | 'none';
  reason:
    | 'access-entry'
    | 'access-entry-wins'
    | 'aws-auth'
    | 'aws-auth-ignored'
    | 'access-entries-unavailable'
    | 'not-mapped';
  detail: string;
  /** For an access entry: the configured or default username, templates unrendered. */
  username?: string;
  groups?: string[];
  /** aws-auth matched but its templates failed: the authenticator denies the token. */
  error?: string;
  /** A mapping that exists but does not count. */
  ignored?: 'aws-auth' | 'access-entry';
}

/**
 * Which mapping the cluster uses for one principal. API: only access entries. API_AND_CONFIG_MAP:
 * an access entry beats an aws-auth mapping of the same principal. CONFIG_MAP: only aws-auth.
 * Mode undefined (DescribeCluster not allowed): as API_AND_CONFIG_MAP, said so in `detail`.
 */
export function effectiveMapping(
  mode: AuthenticationMode | undefined,
  accessEntry?: AccessEntry,
  awsAuth?: AwsAuthMapping,
): EffectiveMapping {
  const unknown = mode ? '' : ' (authentication mode unknown: assuming API_AND_CONFIG_MAP)';
  if (accessEntry && accessEntriesAvailable(mode)) {
    const d = accessEntry.username
      ? undefined
      : defaultUsername(accessEntry.principalArn, accessEntry.type);
    const username = accessEntry.username ?? (d?.ok ? d.value : undefined);
    const wins = !!awsAuth && awsAuthApplies(mode);
    return {
      source: 'access-entry',
      reason: wins ? 'access-entry-wins' : 'access-entry',
      detail: `${wins ? 'the access entry takes precedence over the aws-auth mapping of the same principal' : 'mapped by an access entry'}${unknown}`,
      ...(username !== undefined ? { username } : {}),
      groups: accessEntry.kubernetesGroups ?? [],
      ...(awsAuth ? { ignored: 'aws-auth' as const } : {}),
    };
  }
  const ignoredEntry = accessEntry ? { ignored: 'access-entry' as const } : {};
  if (!awsAuthApplies(mode)) {
    if (!awsAuth)
      return {
        source: 'none',
        reason: 'not-mapped',
        detail: 'API mode: no access entry for this principal',
      };
    return {
      source: 'none',
      reason: 'aws-auth-ignored',
      detail: 'API mode: aws-auth is ignored, and there is no access entry',
      ignored: 'aws-auth',
    };
  }
  if (awsAuth) {
    return {
      source: 'aws-auth',
      reason: 'aws-auth',
      detail: `mapped by aws-auth ${awsAuth.source}${mode === 'CONFIG_MAP' ? ' (CONFIG_MAP mode: access entries do not apply)' : unknown}`,
      username: awsAuth.username,
      groups: awsAuth.groups,
      ...(awsAuth.error ? { error: awsAuth.error } : {}),
      ...ignoredEntry,
    };
  }
  if (!accessEntriesAvailable(mode)) {
    return {
      source: 'none',
      reason: 'access-entries-unavailable',
      detail: 'CONFIG_MAP mode: only aws-auth maps principals, and it has no mapping for this one',
      ...ignoredEntry,
    };
  }
  return {
    source: 'none',
    reason: 'not-mapped',
    detail: `neither an access entry nor aws-auth maps this principal${unknown}`,
  };
}

/** `arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy` → `AmazonEKSViewPolicy`. */
export function policyShortName(arn: string): string {
  const m = /^arn:[^:]+:eks::aws:cluster-access-policy\/(.+)$/.exec(arn);
  return m?.[1] ?? arn;
}
