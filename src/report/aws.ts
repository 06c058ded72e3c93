/** The AWS part of a context's report: the EKS cluster, the runner's credentials and caller. */
import { canonicalizeArn } from '../model/aws/arn.js';
import type { TargetFacts } from '../model/facts.js';
import { eksReport, type EksReport } from './eks.js';

export interface AwsReport {
  eksCluster?: string;
  region?: string;
  /** Why the context counts as EKS. */
  signals: string[];
  /** Why the AWS checks did not run. */
  skipped?: string;
  credentialSource?: string;
  sessionExpiresAt?: string;
  callerArn?: string;
  /** The caller canonicalised as EKS matches it (assumed-role → role, no path). */
  principalArn?: string;
  accountId?: string;
  /** The caller error code, when STS did not say who it is. */
  callerError?: string;
  /** What the EKS API said, when it was asked. */
  eks?: EksReport;
}

export function awsReport(t: TargetFacts): AwsReport | undefined {
  const aws = t.aws;
  if (!aws) return undefined;
  const cred = aws.credentials?.ok ? aws.credentials.value : undefined;
  const caller = aws.caller;
  const canonical = caller?.ok ? canonicalizeArn(caller.arn) : undefined;
  const eks = eksReport(t);
  return {
    ...(aws.eks.clusterName ? { eksCluster: aws.eks.clusterName } : {}),
    ...(aws.region ? { region: aws.region } : {}),
    signals: aws.eks.signals,
    ...(aws.skipped ? { skipped: aws.skipped } : {}),
    ...(cred ? { credentialSource: cred.source } : {}),
    ...(cred?.expiresAt ? { sessionExpiresAt: cred.expiresAt } : {}),
    ...(caller?.ok ? { callerArn: caller.arn, accountId: caller.account } : {}),
    ...(canonical?.ok ? { principalArn: canonical.value } : {}),
    ...(caller && !caller.ok ? { callerError: caller.code } : {}),
    ...(eks ? { eks } : {}),
  };
}
