/** Lint for aws-auth: entries that can never match, look wrong, or the authenticator drops. Pure. */
import { accountOf, ARN_FIX_WHY, arnFix, canonicalizeArn } from './arn.js';
import {
  RESERVED_USERNAME_PREFIXES,
  TEMPLATE_VARIABLES,
  unknownTemplateVariables,
} from './access-entries.js';
import type { AwsAuthConfig, AwsAuthEntry, AwsAuthKey } from './aws-auth.js';

export type AwsAuthLintKind =
  | 'role-path'
  | 'sts-arn'
  | 'sso-path'
  | 'account-mismatch'
  | 'invalid-yaml'
  | 'invalid-entry'
  | 'username-reserved'
  | 'bad-template';
export interface AwsAuthLint {
  kind: AwsAuthLintKind;
  key?: AwsAuthKey;
  entry?: AwsAuthEntry;
  /** 1-based, inside the key's YAML string. */
  line?: number;
  detail: string;
  /** The ARN the entry should have (role-path, sts-arn, sso-path). */
  fixedArn?: string;
}

const KNOWN_TEMPLATES = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ');
const SSO_GATED =
  "sso entries match only with the authenticator's SSORoleMatch feature gate (off by default; " +
  'EKS support unconfirmed): map the role ARN as rolearn instead';

/** `system:node:` is how node roles are mapped; other reserved prefixes belong to Kubernetes or EKS. */
function reservedPrefix(username: string): string | undefined {
  if (username.startsWith('system:node:')) return undefined;
  return RESERVED_USERNAME_PREFIXES.find((p) => username.startsWith(p));
}

export function lintAwsAuth(
  config: AwsAuthConfig,
  opts: { clusterAccount?: string } = {},
): AwsAuthLint[] {
  const out: AwsAuthLint[] = config.problems.map((p) => ({
    kind: p.code === 'yaml' || p.code === 'duplicate-key' ? 'invalid-yaml' : 'invalid-entry',
    key: p.key,
    ...(p.line ? { line: p.line } : {}),
    detail: `${p.key}: ${p.message}${p.code === 'yaml' ? ` (the authenticator ignores all of ${p.key})` : ''}`,
  }));
  const otherAccount = (acct: string | undefined, what: string, at: Partial<AwsAuthLint>) => {
    const cluster = opts.clusterAccount;
    if (!cluster || !acct || acct === cluster) return;
    const detail = `${what} is in account ${acct}, not the cluster's ${cluster}: right for a cross-account principal, otherwise a mistake`;
    out.push({ kind: 'account-mismatch', ...at, detail });
  };
  for (const e of [...config.roles, ...config.users]) {
    const at = {
      key: e.kind === 'user' ? 'mapUsers' : 'mapRoles',
      entry: e,
      line: e.line,
    } as const;
    const add = (kind: AwsAuthLintKind, detail: string, fixedArn?: string) =>
      out.push({ kind, ...at, detail, ...(fixedArn ? { fixedArn } : {}) });
    const field = e.kind === 'user' ? 'userarn' : 'rolearn';
    if (e.kind === 'sso') {
      add('invalid-entry', SSO_GATED);
      otherAccount(e.sso?.accountID, `sso accountID ${e.sso?.accountID}`, at);
    } else {
      const fix = arnFix(e.arn);
      const canonical = canonicalizeArn(e.arn);
      if (fix)
        add(
          fix.reason,
          `${field} ${e.arn} ${ARN_FIX_WHY[fix.reason]}: use ${fix.fixedArn}`,
          fix.fixedArn,
        );
      else if (!canonical.ok)
        add('invalid-entry', `${field} ${e.arn} can never match: ${canonical.error}`);
      otherAccount(accountOf(e.arn), `${field} ${e.arn}`, at);
    }
    const username = e.username ?? '';
    const prefix = reservedPrefix(username);
    if (prefix) {
      add(
        'username-reserved',
        `username "${username}" starts with "${prefix}", a prefix reserved for Kubernetes or EKS identities`,
      );
    }
    for (const t of [username, ...e.groups]) {
      for (const bad of unknownTemplateVariables(t)) {
        add(
          'bad-template',
          `"${t}": ${bad} is not a template variable and stays as written (known: ${KNOWN_TEMPLATES})`,
        );
      }
      if (e.kind === 'user' && t.includes('{{EC2PrivateDNSName}}')) {
        add(
          'bad-template',
          `"${t}": an IAM user has no session name, so {{EC2PrivateDNSName}} always fails and the token is denied`,
        );
      }
    }
  }
  for (const a of config.accounts) {
    if (!/^\d{12}$/.test(a)) {
      out.push({
        kind: 'invalid-entry',
        key: 'mapAccounts',
        detail: `mapAccounts: "${a}" is not a 12-digit account id`,
      });
    }
    otherAccount(a, `mapAccounts entry ${a}`, { key: 'mapAccounts' });
  }
  return out;
}
