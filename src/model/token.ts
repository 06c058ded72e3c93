/** Token kinds, validity windows, evidence and per-kind fixes shared by the token checks. */
import { describeSource, type TokenCredential } from './credentials.js';
import type { TargetFacts } from './facts.js';
import type { Evidence, Location } from './finding.js';
import type { TokenFacts } from './materials.js';

export type TokenKind =
  'eks' | 'legacy-service-account' | 'service-account' | 'gke' | 'aks' | 'oidc' | 'jwt' | 'opaque';

/** STS accepts a presigned URL dated up to 5 minutes ahead of its own clock. */
export const STS_CLOCK_SKEW_SECONDS = 300;
/** Leeway of go-jose (used by the API server's JWT authenticators) for `nbf` and `iat`. */
export const JWT_LEEWAY_SECONDS = 60;

const KIND_NAMES: Record<TokenKind, string> = {
  eks: 'EKS token',
  'legacy-service-account': 'legacy service-account token',
  'service-account': 'service-account token',
  gke: 'GKE access token',
  aks: 'Azure AD token',
  oidc: 'OIDC ID token',
  jwt: 'JWT',
  opaque: 'bearer token',
};

export function tokenKind(cred: TokenCredential, t: TargetFacts): TokenKind {
  const { token } = cred;
  if (token.format === 'eks') return 'eks';
  if (token.issuer === 'kubernetes/serviceaccount') return 'legacy-service-account';
  if (token.subject?.startsWith('system:serviceaccount:')) return 'service-account';
  const command = cred.source.kind === 'exec' ? (t.exec?.command.split('/').pop() ?? '') : '';
  if (/^(gke-gcloud-auth-plugin|gcloud)$/.test(command)) return 'gke';
  if (
    command === 'kubelogin' ||
    /^https:\/\/(sts\.windows\.net|login\.microsoftonline\.com)\//.test(token.issuer ?? '')
  ) {
    return 'aks';
  }
  if (token.format === 'jwt') return /^https:\/\//.test(token.issuer ?? '') ? 'oidc' : 'jwt';
  return 'opaque';
}

const shift = (iso: string, seconds: number): string =>
  new Date(Date.parse(iso) - seconds * 1000).toISOString();

/**
 * The window in which a server accepts the token, for judgeExpiry: EKS tokens from X-Amz-Date − 5m
 * (STS skew) to +15m; JWTs from the later of nbf/iat − 60s leeway to exp.
 */
export function tokenWindow(token: TokenFacts): { notBefore?: string; notAfter?: string } {
  const window: { notBefore?: string; notAfter?: string } = {};
  if (token.expiresAt) window.notAfter = token.expiresAt;
  if (token.format === 'eks') {
    if (token.notBefore) window.notBefore = shift(token.notBefore, STS_CLOCK_SKEW_SECONDS);
    return window;
  }
  const starts = [token.notBefore, token.issuedAt].filter((s): s is string => Boolean(s));
  const latest = starts.sort().pop();
  if (latest) window.notBefore = shift(latest, JWT_LEEWAY_SECONDS);
  return window;
}

/** `the EKS token in token (/home/ci/.kube/config:12) of user "ci"` */
export function tokenLabel(cred: TokenCredential, t: TargetFacts): string {
  const name = KIND_NAMES[tokenKind(cred, t)];
  return `the ${name} in ${describeSource(cred.source)} of user "${t.user?.name ?? '?'}"`;
}

/** Mask-safe evidence: never the token, only what it says about itself and where it came from. */
export function tokenEvidence(cred: TokenCredential, t: TargetFacts): Evidence {
  const { token, source } = cred;
  const e: Evidence = {
    user: t.user?.name ?? null,
    field: source.field,
    format: token.format,
    kind: tokenKind(cred, t),
    fingerprint: token.fingerprint,
  };
  for (const key of [
    'issuer',
    'subject',
    'audience',
    'issuedAt',
    'notBefore',
    'expiresAt',
  ] as const) {
    const value = token[key];
    if (value !== undefined) e[key] = value;
  }
  if (token.eks) {
    e.stsHost = token.eks.host;
    e.region = token.eks.region;
    e.signedAt = token.eks.signedAt;
    e.accessKeyPrefix = token.eks.accessKeyPrefix;
    e.temporaryCredentials = token.eks.temporaryCredentials;
  }
  if (source.path) e.path = source.path;
  e.file = source.origin.file;
  e.line = source.origin.line ?? null;
  return e;
}

export function tokenLocation(cred: TokenCredential): Location {
  const { file, line } = cred.source.origin;
  return line ? { file, line } : { file };
}

/** Cluster name and region from an EKS cluster ARN used as the cluster entry's name, if it is one. */
function eksCluster(t: TargetFacts, cred: TokenCredential): { name: string; region: string } {
  const arn = /^arn:aws[\w-]*:eks:([\w-]+):\d+:cluster\/(.+)$/.exec(t.cluster?.name ?? '');
  const args = t.exec?.args ?? [];
  const flag = args.indexOf('--cluster-name');
  const name = arn?.[2] ?? (flag >= 0 ? args[flag + 1] : undefined) ?? '<cluster>';
  return { name, region: arn?.[1] ?? (cred.token.eks?.region || '<region>') };
}

/** `<sa> -n <namespace>` from `system:serviceaccount:<ns>:<sa>`. */
function serviceAccount(token: TokenFacts): string {
  const [, , ns, sa] = (token.subject ?? '').split(':');
  return ns && sa ? `${sa} -n ${ns}` : '<service-account> -n <namespace>';
}

/** The exact way to get a good token of this kind. */
export function tokenFix(cred: TokenCredential, t: TargetFacts): string {
  const kind = tokenKind(cred, t);
  const sa = serviceAccount(cred.token);
  switch (kind) {
    case 'eks': {
      const c = eksCluster(t, cred);
      return (
        'An `aws eks get-token` token is valid for only 15 minutes after it is signed, so a token minted ' +
        'earlier in the job or stored in a secret goes stale. Let kubectl mint a fresh one on every call ' +
        'through the exec plugin: after `aws-actions/configure-aws-credentials`, run ' +
        `\`aws eks update-kubeconfig --name ${c.name} --region ${c.region}\` and drop the static \`token:\`.`
      );
    }
    case 'legacy-service-account':
    case 'service-account':
      return (
        `Mint a short-lived token for the service account: \`kubectl create token ${sa} --duration=2h\` ` +
        '(choose a duration that covers the job; the API server may cap it) and store it in the CI secret. ' +
        'Better, avoid stored tokens: use GitHub OIDC with workload identity (EKS access entries / IRSA, ' +
        'GKE Workload Identity Federation, AKS workload identity).'
      );
    case 'gke':
      return (
        'Let gke-gcloud-auth-plugin mint tokens: authenticate with `google-github-actions/auth` (Workload ' +
        'Identity Federation), add `google-github-actions/setup-gcloud` with `install_components: ' +
        'gke-gcloud-auth-plugin`, then `gcloud container clusters get-credentials <cluster> --location <location>`.'
      );
    case 'aks':
      return (
        'Get a fresh Azure AD token through kubelogin: `azure/login`, then `az aks get-credentials -g ' +
        '<resource-group> -n <cluster>` and `kubelogin convert-kubeconfig -l azurecli` (or `-l workloadidentity`).'
      );
    case 'oidc':
      return (
        'Log in to the identity provider again for a fresh ID token (kubelogin / `kubectl oidc-login`); in CI, ' +
        'browser logins cannot work, so prefer a short-lived service-account token (`kubectl create token ' +
        '<sa> -n <namespace> --duration=2h`) or GitHub OIDC trusted by the cluster.'
      );
    default:
      return (
        'Replace the token with a fresh one from its issuer: `kubectl create token <sa> -n <namespace> ' +
        '--duration=2h` for a service account, or the cloud exec plugin (EKS `aws eks update-kubeconfig`, ' +
        'GKE `gcloud container clusters get-credentials`, AKS `az aks get-credentials` + kubelogin).'
      );
  }
}
