/**
 * The `kube-system/aws-auth` ConfigMap read the way aws-iam-authenticator reads it (`ParseMap`):
 * mapRoles/mapUsers go YAML → JSON → Go structs (field names case-insensitive, wrongly typed fields
 * left empty), invalid entries are dropped and reported, the rest kept; mapAccounts is go-yaml
 * into []string. The lint, the mapping and near misses live in aws-auth-lint/-match. Pure.
 */
import { isKnownPartition } from './arn.js';
import { describeNode as what, isNull, readYaml, type Y } from './aws-auth-yaml.js';

export { lintAwsAuth, type AwsAuthLint, type AwsAuthLintKind } from './aws-auth-lint.js';
export {
  mapIdentity,
  nearMisses,
  type AwsAuthCaller,
  type AwsAuthMapping,
  type NearMiss,
} from './aws-auth-match.js';

export type AwsAuthKey = 'mapRoles' | 'mapUsers' | 'mapAccounts';
export interface SsoMatcher {
  permissionSetName: string;
  accountID: string;
  partition?: string;
}
export interface AwsAuthEntry {
  kind: 'role' | 'user' | 'sso';
  /** rolearn/userarn as written; for `sso`, the lower-case pattern the authenticator builds. */
  arn: string;
  username?: string;
  groups: string[];
  /** 1-based line of the entry inside its YAML string. */
  line: number;
  userid?: string;
  sso?: SsoMatcher;
}
export interface AwsAuthProblem {
  key: AwsAuthKey;
  line?: number;
  /** yaml/type/validation are errors the authenticator logs; the others it accepts silently. */
  code: 'yaml' | 'type' | 'validation' | 'duplicate-key' | 'unknown-field';
  message: string;
  /** Ignored by the authenticator: the entry, or (code yaml) the whole key. */
  dropped: boolean;
}
export interface AwsAuthConfig {
  roles: AwsAuthEntry[];
  users: AwsAuthEntry[];
  accounts: string[];
  problems: AwsAuthProblem[];
}

export function parseAwsAuth(data: Record<string, string | undefined>): AwsAuthConfig {
  const cfg: AwsAuthConfig = { roles: [], users: [], accounts: [], problems: [] };
  const report = (key: AwsAuthKey, p: Omit<AwsAuthProblem, 'key'>) =>
    cfg.problems.push({ key, ...p });
  for (const key of ['mapUsers', 'mapRoles', 'mapAccounts'] as const) {
    const text = data[key];
    if (text === undefined || ['', '""', "''", '``'].includes(text.trim())) continue;
    const y = readYaml(text);
    if (!y.ok) {
      report(key, { line: y.line, code: 'yaml', dropped: true, message: y.error });
      continue;
    }
    if (isNull(y.root)) continue;
    const root = y.root as Y;
    if (root.t !== 'seq') {
      const message = `expected a list, got ${what(root)}: all of ${key} is ignored`;
      report(key, { line: root.line, code: 'type', dropped: true, message });
    } else if (key === 'mapAccounts') {
      for (const a of root.items) {
        if (a.t === 's') {
          if (a.v !== null) cfg.accounts.push(a.raw); // go-yaml keeps the text: 0123… stays 0123…
        } else
          report(key, {
            line: a.line,
            code: 'type',
            dropped: true,
            message: `expected an account id, got ${what(a)}`,
          });
      }
    } else {
      for (const item of root.items) {
        const e = readEntry(key, item, (p) => report(key, p));
        if (e) (key === 'mapRoles' ? cfg.roles : cfg.users).push(e);
      }
    }
  }
  return cfg;
}

type Report = (p: Omit<AwsAuthProblem, 'key'>) => void;
const ROLE_FIELDS = ['rolearn', 'sso', 'username', 'groups', 'userid'];
const USER_FIELDS = ['userarn', 'username', 'groups', 'userid'];
const SSO_FIELDS = ['permissionsetname', 'accountid', 'partition'];

/** encoding/json: keys match fields case-insensitively; of two keys for one field, the later wins. */
function fields(y: Y, known: string[], report: Report): Map<string, Y> {
  const out = new Map<string, { key: string; v: Y; merged?: boolean }>();
  for (const p of y.t === 'map' ? y.pairs : []) {
    const f = p.key.toLowerCase();
    const prev = out.get(f);
    if (!known.includes(f)) {
      report({
        line: p.line,
        code: 'unknown-field',
        dropped: false,
        message: `unknown field "${p.key}" is ignored`,
      });
    } else if (prev && !prev.merged) {
      const message = `duplicate key "${p.key}" (also "${prev.key}"): only one value is used`;
      report({ line: p.line, code: 'duplicate-key', dropped: false, message });
    }
    // JSON objects reach Go with sorted keys, so among case variants the greatest key wins.
    if (known.includes(f) && (!prev || prev.merged || p.key >= prev.key)) out.set(f, p);
  }
  return new Map([...out].map(([k, { v }]) => [k, v]));
}

function str(y: Y | undefined, name: string, report: Report): string {
  if (isNull(y)) return '';
  if (y?.t === 's' && typeof y.v === 'string') return y.v;
  const message = `${name}: expected a string, got ${what(y as Y)}; the authenticator reads it as empty`;
  report({ line: y?.line, code: 'type', dropped: false, message });
  return '';
}

function readEntry(
  key: 'mapRoles' | 'mapUsers',
  item: Y,
  report: Report,
): AwsAuthEntry | undefined {
  if (item.t !== 'map' && !isNull(item)) {
    report({
      line: item.line,
      code: 'type',
      dropped: false,
      message: `expected a mapping, got ${what(item)}`,
    });
  }
  const role = key === 'mapRoles';
  const f = fields(item, role ? ROLE_FIELDS : USER_FIELDS, report);
  const arn = str(f.get(role ? 'rolearn' : 'userarn'), role ? 'rolearn' : 'userarn', report);
  const g = f.get('groups');
  const groups: string[] = [];
  if (g?.t === 'seq') g.items.forEach((i) => groups.push(str(i, 'groups[]', report)));
  else if (!isNull(g)) {
    const message = `groups: expected a list, got ${what(g as Y)}; the entry gets no groups`;
    report({ line: g?.line, code: 'type', dropped: false, message });
  }
  const ssoY = f.get('sso');
  let sso: SsoMatcher | undefined;
  if (!isNull(ssoY)) {
    const s = fields(ssoY as Y, SSO_FIELDS, report);
    if (ssoY?.t !== 'map')
      report({
        line: ssoY?.line,
        code: 'type',
        dropped: false,
        message: `sso: expected a mapping, got ${what(ssoY as Y)}`,
      });
    sso = {
      permissionSetName: str(s.get('permissionsetname'), 'sso.permissionSetName', report),
      accountID: str(s.get('accountid'), 'sso.accountID', report),
    };
    const partition = str(s.get('partition'), 'sso.partition', report);
    if (partition) sso.partition = partition;
  }
  const invalid = validate(role, arn, sso);
  if (invalid) {
    report({ line: item.line, code: 'validation', dropped: true, message: invalid });
    return undefined;
  }
  const username = str(f.get('username'), 'username', report);
  const userid = str(f.get('userid'), 'userid', report);
  const entry: AwsAuthEntry = {
    kind: sso ? 'sso' : role ? 'role' : 'user',
    arn: arn || ssoPattern(sso as SsoMatcher),
    groups,
    line: item.line,
  };
  if (username) entry.username = username;
  if (userid) entry.userid = userid;
  if (sso) entry.sso = sso;
  return entry;
}

/** RoleMapping/UserMapping Validate, with the authenticator's messages. */
function validate(role: boolean, arn: string, sso: SsoMatcher | undefined): string | undefined {
  if (!role) return arn ? undefined : 'value for userarn must be supplied';
  if (!arn && !sso) return 'one of rolearn or SSO must be supplied';
  if (arn && sso) return 'only one of rolearn or SSO can be supplied';
  if (!sso) return undefined;
  if (!/^[0-9]{12}$/.test(sso.accountID))
    return `AccountID '${sso.accountID}' is not a valid AWS Account ID`;
  if (!/^[\w+=,.@-]{1,32}$/.test(sso.permissionSetName)) {
    return `PermissionSetName '${sso.permissionSetName}' is not a valid AWS SSO PermissionSet Name`;
  }
  if (sso.partition && !isKnownPartition(sso.partition))
    return `partition '${sso.partition}' is not a valid AWS partition`;
  return undefined;
}

/** SSOArnLike, bug included: a partition that is set leaves the pattern's partition empty. */
function ssoPattern(sso: SsoMatcher): string {
  const p = sso.partition ? '' : 'aws';
  return `arn:${p}:iam::${sso.accountID}:role/AWSReservedSSO_${sso.permissionSetName}_*`.toLowerCase();
}
