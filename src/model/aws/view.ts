/** Reading the AWS facts the same way in checks, the diagnosis and the report. */
import type { TargetFacts } from '../facts.js';
import { canonicalizeArn } from './arn.js';
import { lintAwsAuth, parseAwsAuth, type AwsAuthConfig, type AwsAuthLint } from './aws-auth.js';
import type { AwsFacts } from './facts.js';

/** Targets whose AWS side was checked (EKS detected or `aws: true`, not offline). */
export function awsTargets(targets: TargetFacts[]): { t: TargetFacts; aws: AwsFacts }[] {
  return targets.flatMap((t) => (t.aws && !t.aws.skipped ? [{ t, aws: t.aws }] : []));
}

/** `exec \`aws eks get-token\``, … : why the gate treats the context as EKS. */
export function eksWhy(aws: AwsFacts): string {
  return aws.eks.signals.join(', ');
}

const EXPIRED = /^(ExpiredToken|ExpiredTokenException|RequestExpired|TokenRefreshRequired)$/;
const INVALID =
  /^(InvalidClientTokenId|SignatureDoesNotMatch|IncompleteSignature|UnrecognizedClientException|InvalidAccessKeyId|InvalidSignatureException|AuthFailure)$/;

/** An AWS error code that means the session has ended. */
export const isExpiredCode = (code: string | undefined): boolean => EXPIRED.test(code ?? '');
/** An AWS error code that means the credentials (or their signature) are not accepted. */
export const isInvalidCode = (code: string | undefined): boolean => INVALID.test(code ?? '');

export function callerExpired(aws: AwsFacts): boolean {
  return aws.caller?.ok === false && isExpiredCode(aws.caller.code);
}

export function callerInvalid(aws: AwsFacts): boolean {
  return aws.caller?.ok === false && isInvalidCode(aws.caller.code);
}

/** A provider error that means the session behind a profile has run out (SSO, assumed role). */
export function providerExpired(aws: AwsFacts): boolean {
  const c = aws.credentials;
  return c?.ok === false && c.why === 'error' && /expired|refresh/i.test(c.detail);
}

const parsed = new WeakMap<object, { config: AwsAuthConfig; lints: AwsAuthLint[] }>();

/** The aws-auth ConfigMap a target could read, parsed and linted once. */
export function awsAuthOf(
  t: TargetFacts,
): { config: AwsAuthConfig; lints: AwsAuthLint[]; line: (l: AwsAuthLint) => string } | undefined {
  const read = t.live?.awsAuth;
  if (read?.status !== 'read') return undefined;
  let cached = parsed.get(read);
  if (!cached) {
    const config = parseAwsAuth(read.data);
    const account = t.aws?.eks.accountId ?? (t.aws?.caller?.ok ? t.aws.caller.account : undefined);
    cached = { config, lints: lintAwsAuth(config, account ? { clusterAccount: account } : {}) };
    parsed.set(read, cached);
  }
  return { ...cached, line: (l) => `${l.key ?? 'aws-auth'}${l.line ? ` line ${l.line}` : ''}` };
}

/** The runner's principal as EKS matches it, when AWS said who the caller is. */
export function callerPrincipal(aws: AwsFacts | undefined): string | undefined {
  if (!aws?.caller?.ok) return undefined;
  const c = canonicalizeArn(aws.caller.arn);
  return c.ok ? c.value : undefined;
}
