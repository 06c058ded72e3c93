/**
 * The authenticator's two EKS mappers, written from aws-iam-authenticator (pkg/mapper/configmap,
 * pkg/mapper/dynamicfile, pkg/config) and REFERENCE §4–5: the aws-auth ConfigMap (YAML strings,
 * case-insensitive ARN match on the canonical ARN) and access entries (EKS's DynamicFile mapper).
 */
import { isScalar, isSeq, parseDocument } from 'yaml';
import { PARTITIONS, type Identity } from './aws-authenticator-token.js';

/** A mapping before templates are rendered (config.IdentityMapping). */
export interface IdentityMapping {
  username: string;
  groups: string[];
}

/** Map() gives a mapping, `undefined` for ErrNotMapped, or throws any other error. */
export interface Mapper {
  name: string;
  map(id: Identity): IdentityMapping | undefined;
  isAccountAllowed(account: string): boolean;
}

/** An EKS access entry as DescribeAccessEntry shows it (`principalId`: the IAM id EKS stored). */
export interface AccessEntry {
  principalArn: string;
  type?: string;
  username?: string;
  kubernetesGroups?: string[];
  /** The RoleId/UserId EKS recorded at creation; when set, the entry is matched by it. */
  principalId?: string;
}

export const NOT_MAPPED = 'identity is not mapped';
export const ARN_MISMATCH = 'ARN does not match User ID';

/** `role/a/b/name` → `role/name` (arn.StripPath); anything else unchanged. */
export function stripPath(arn: string): string {
  const sections = arn.split(':');
  const [, partition = '', , , account = ''] = sections;
  if (!arn.startsWith('arn:') || sections.length < 6) throw new Error(`arn '${arn}' is invalid`);
  if (!PARTITIONS.includes(partition))
    throw new Error(`arn '${arn}' does not have a recognized partition`);
  const parts = sections.slice(5).join(':').split('/');
  if (parts[0] !== 'role' || parts.length <= 2) return arn;
  return `arn:${partition}:iam::${account}:role/${parts[parts.length - 1]}`;
}

const SKIPPABLE = new Set(['', '``', '""', "''"]);
const jsonType = (v: unknown) =>
  Array.isArray(v)
    ? 'array'
    : v === null
      ? 'null'
      : typeof v === 'boolean'
        ? 'bool'
        : typeof v === 'object'
          ? 'object'
          : typeof v;

/**
 * yaml.ToJSON (YAML 1.1) then json.Unmarshal into []Mapping: keys match case-insensitively, a
 * wrongly typed value is left empty, and only the first such error is reported (as Go does).
 */
function decodeList(
  text: string,
  type: 'RoleMapping' | 'UserMapping',
  fields: string[],
  errs: string[],
): Record<string, unknown>[] {
  const doc = parseDocument(text, { version: '1.1' });
  if (doc.errors.length) {
    errs.push(`error converting YAML to JSON: ${doc.errors[0]?.message ?? ''}`);
    return [];
  }
  const js: unknown = doc.toJS();
  if (js === null || js === undefined) return [];
  if (!Array.isArray(js)) {
    errs.push(`json: cannot unmarshal ${jsonType(js)} into Go value of type []config.${type}`);
    return [];
  }
  const typeErrs: string[] = [];
  const list = js.map((item: unknown) => {
    const out: Record<string, unknown> = {};
    if (item === null) return out;
    if (typeof item !== 'object' || Array.isArray(item)) {
      typeErrs.push(
        `json: cannot unmarshal ${jsonType(item)} into Go value of type config.${type}`,
      );
      return out;
    }
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      const field = fields.find((f) => f.toLowerCase() === k.toLowerCase());
      if (!field || v === null) continue;
      const ok =
        field === 'groups'
          ? Array.isArray(v) && v.every((g) => typeof g === 'string')
          : field === 'sso'
            ? typeof v === 'object' && !Array.isArray(v)
            : typeof v === 'string';
      if (ok) out[field] = v;
      else {
        const want =
          field === 'groups' ? '[]string' : field === 'sso' ? 'config.SSOARNMatcher' : 'string';
        const got = field === 'groups' && Array.isArray(v) ? 'non-string' : jsonType(v);
        typeErrs.push(
          `json: cannot unmarshal ${got} into Go struct field ${type}.${field} of type ${want}`,
        );
      }
    }
    return out;
  });
  if (typeErrs[0]) errs.push(typeErrs[0]);
  return list;
}

/** mapAccounts: yaml.v2 into []string (unquoted numbers keep their text). */
function decodeAccounts(text: string, errs: string[]): string[] {
  const doc = parseDocument(text, { version: '1.1' });
  if (doc.errors.length) return (errs.push(doc.errors[0]?.message ?? 'yaml error'), []);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) return (errs.push('yaml: cannot unmarshal into []string'), []);
  return doc.contents.items.flatMap((item) => {
    if (!isScalar(item)) return (errs.push('yaml: cannot unmarshal into string'), []);
    return [item.value === null ? '' : String(item.source ?? item.value)];
  });
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const groups = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/**
 * The EKSConfigMap mapper over kube-system/aws-auth `data` (undefined: no ConfigMap). Invalid
 * entries are dropped and reported through `warn` (as `Errors parsing configmap: [...]`).
 */
export function configMapMapper(
  data: Record<string, string> | undefined,
  warn: (message: string) => void,
): Mapper {
  const errs: string[] = [];
  const section = (key: string) => {
    const text = data?.[key];
    return text === undefined || SKIPPABLE.has(text.trim()) ? undefined : text;
  };
  const usersText = section('mapUsers');
  const users = (
    usersText
      ? decodeList(usersText, 'UserMapping', ['userarn', 'username', 'groups', 'userid'], errs)
      : []
  ).filter((u) => (u.userarn ? true : (errs.push('value for userarn must be supplied'), false)));
  const rolesText = section('mapRoles');
  const roleFields = ['rolearn', 'sso', 'username', 'groups', 'userid'];
  const roles = (rolesText ? decodeList(rolesText, 'RoleMapping', roleFields, errs) : []).filter(
    (r) => {
      if (!r.rolearn && !r.sso) return (errs.push('one of rolearn or SSO must be supplied'), false);
      if (r.rolearn && r.sso)
        return (errs.push('only one of rolearn or SSO can be supplied'), false);
      return true;
    },
  );
  const accountsText = section('mapAccounts');
  const accounts = new Set(accountsText ? decodeAccounts(accountsText, errs) : []);
  if (errs.length) warn(`Errors parsing configmap: [${errs.join(' ')}]`);

  return {
    name: 'EKSConfigMap',
    map(id) {
      const arn = id.canonicalArn.toLowerCase();
      // An `sso` matcher never matches: SSORoleMatchEnabled is off by default.
      const found =
        roles.find((r) => str(r.rolearn).toLowerCase() === arn) ??
        users.find((u) => str(u.userarn).toLowerCase() === arn);
      return found && { username: str(found.username), groups: groups(found.groups) };
    },
    isAccountAllowed: (account) => accounts.has(account),
  };
}

/** EKS's default username for an entry without one (REFERENCE §5.2). */
function defaultUsername(entry: AccessEntry): string {
  const type = (entry.type ?? 'STANDARD').toUpperCase();
  if (['EC2_LINUX', 'EC2_WINDOWS', 'EC2'].includes(type))
    return 'system:node:{{EC2PrivateDNSName}}';
  if (['FARGATE_LINUX', 'HYBRID_LINUX'].includes(type)) return 'system:node:{{SessionName}}';
  const [, partition = 'aws', , , account = ''] = entry.principalArn.split(':');
  const resource = entry.principalArn.split(':').slice(5).join(':').split('/');
  if (resource[0] !== 'role') return entry.principalArn;
  return `arn:${partition}:sts::${account}:assumed-role/${resource[resource.length - 1]}/{{SessionName}}`;
}

/**
 * Access entries (the DynamicFile mapper EKS feeds): an entry with `principalId` is found by the
 * caller's UserId and must then have the same ARN once the role path is stripped; one without
 * is found by that stripped ARN (case-insensitive). Role paths are allowed here.
 */
export function accessEntryMapper(entries: AccessEntry[]): Mapper {
  return {
    name: 'DynamicFile',
    map(id) {
      const arn = id.canonicalArn.toLowerCase();
      const stripped = (e: AccessEntry) => stripPath(e.principalArn).toLowerCase();
      const entry =
        entries.find((e) => e.principalId !== undefined && e.principalId === id.userId) ??
        entries.find((e) => e.principalId === undefined && stripped(e) === arn);
      if (!entry) return undefined;
      if (stripped(entry) !== arn) throw new Error(ARN_MISMATCH);
      return {
        username: entry.username ?? defaultUsername(entry),
        groups: [...(entry.kubernetesGroups ?? [])],
      };
    },
    isAccountAllowed: () => false,
  };
}
