/** Step outputs: small and stable. */
import type { Report } from './model.js';

export function renderOutputs(report: Report, reportPath: string): Record<string, string> {
  return {
    result: report.result,
    report: reportPath,
    identity: report.identity ?? '',
    groups: (report.groups ?? []).join(','),
    'server-version': report.serverVersion ?? '',
    'clock-skew-seconds':
      report.clockSkewSeconds === undefined ? '' : String(report.clockSkewSeconds),
    'aws-caller-arn': report.awsCallerArn ?? '',
    'aws-principal-arn': report.awsPrincipalArn ?? '',
    'aws-account-id': report.awsAccountId ?? '',
    'eks-cluster': report.eksCluster ?? '',
    'eks-auth-mode': report.eksAuthMode ?? '',
    'expires-at': report.expiresAt ?? '',
    'seconds-to-expiry': report.secondsToExpiry === undefined ? '' : String(report.secondsToExpiry),
    errors: String(report.counts.errors),
    warnings: String(report.counts.warnings),
    notices: String(report.counts.notices),
  };
}
