/** Recognises why a credential plugin failed from its (already masked) stderr. */
import type { ExecCause } from '../../model/materials.js';

export interface Recognised {
  cause: ExecCause;
  detail: string;
}

/** What a few Microsoft Entra ID (AADSTS) codes mean in CI. */
const AADSTS: Record<string, string> = {
  '700016': 'the application (client id) was not found in the tenant',
  '700024': 'the federated (OIDC) token is expired or not yet valid',
  '70021': 'no federated identity credential matches the GitHub OIDC token (issuer/subject)',
  '7000215': 'the client secret is invalid',
  '7000222': 'the client secret has expired',
  '50173': 'the grant was revoked (password changed or session reset); sign in again',
  '50076': 'multi-factor authentication is required, which a CI job cannot do',
  '50079': 'multi-factor authentication enrolment is required, which a CI job cannot do',
};

type Rule = { cause: ExecCause; test: RegExp; detail: (m: RegExpMatchArray) => string };

const RULES: Rule[] = [
  {
    cause: 'aws-sso-expired',
    test: /Error when retrieving token from sso: Token has expired and refresh failed|The SSO session associated with this profile has expired|Error loading SSO Token/i,
    detail: () => 'The AWS SSO (IAM Identity Center) session has expired or was never started.',
  },
  {
    cause: 'aws-profile-missing',
    test: /The config profile \(([^)\n]*)\) could not be found/,
    detail: (m) => `The AWS CLI profile "${m[1]}" is not defined on this runner.`,
  },
  {
    cause: 'aws-expired-token',
    test: /ExpiredToken|security token included in the request is expired/,
    detail: () => 'The AWS session credentials have expired (ExpiredToken).',
  },
  {
    cause: 'aws-no-credentials',
    test: /Unable to locate credentials/,
    detail: () => 'The AWS CLI found no credentials (Unable to locate credentials).',
  },
  {
    cause: 'aws-assume-role-denied',
    test: /\(AccessDenied\)[^\n]*AssumeRole[^\n]*?(?:on resource: (arn:\S+))?$/m,
    detail: (m) =>
      `Assuming the IAM role was denied (AccessDenied on sts:AssumeRole${m[1] ? ` for ${m[1]}` : ''}).`,
  },
  {
    cause: 'aws-invalid-keys',
    test: /InvalidClientTokenId|SignatureDoesNotMatch/,
    detail: (m) => `AWS rejected the access keys (${m[0]}): they are wrong, deleted or rotated.`,
  },
  {
    cause: 'gcloud-reauth',
    test: /Reauthentication required|reauth related error|invalid_grant/i,
    detail: () => 'gcloud needs to re-authenticate: its stored login is no longer valid.',
  },
  {
    cause: 'gcloud-no-account',
    test: /You do not currently have an active account selected/,
    detail: () => 'gcloud has no active account on this runner.',
  },
  {
    cause: 'azure-aadsts',
    test: /AADSTS(\d+)/,
    detail: (m) => {
      const code = m[1] ?? '';
      const meaning = AADSTS[code] ?? 'Microsoft Entra ID refused the sign-in';
      return `Microsoft Entra ID error AADSTS${code}: ${meaning}.`;
    },
  },
  {
    cause: 'kubectl-plugin-missing',
    test: /unknown command "([\w-]+)" for "kubectl"/,
    detail: (m) => `kubectl has no "${m[1]}" plugin on this runner.`,
  },
];

export function recogniseFailure(stderr: string): Recognised | undefined {
  for (const rule of RULES) {
    const m = stderr.match(rule.test);
    if (m) return { cause: rule.cause, detail: rule.detail(m) };
  }
  return undefined;
}

/** The last ~10 lines of stderr, at most 1000 characters. */
export function stderrExcerpt(stderr: string): string | undefined {
  const lines = stderr.replace(/\r\n?/g, '\n').trimEnd().split('\n').slice(-10);
  const text = lines.join('\n').trim();
  if (!text) return undefined;
  return text.length > 1000 ? `…${text.slice(-999)}` : text;
}
