/** Reading the AWS facts the same way in checks, the diagnosis and the report. */
import type { TargetFacts } from '../facts.js';
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

export function callerExpired(aws: AwsFacts): boolean {
  return aws.caller?.ok === false && EXPIRED.test(aws.caller.code);
}

export function callerInvalid(aws: AwsFacts): boolean {
  return aws.caller?.ok === false && INVALID.test(aws.caller.code);
}

/** A provider error that means the session behind a profile has run out (SSO, assumed role). */
export function providerExpired(aws: AwsFacts): boolean {
  const c = aws.credentials;
  return c?.ok === false && c.why === 'error' && /expired|refresh/i.test(c.detail);
}
