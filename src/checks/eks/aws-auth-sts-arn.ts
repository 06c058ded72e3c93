import { defineCheck } from '../../model/check.js';
import { awsAuthLintFindings } from '../../model/aws/aws-auth-check.js';

export default defineCheck({
  id: 'eks/aws-auth-sts-arn',
  title: 'aws-auth maps an STS session ARN',
  severity: 'warning',
  description:
    'A `mapRoles` entry names an STS assumed-role session ARN ' +
    '(`arn:aws:sts::<account>:assumed-role/<role>/<session>`), often pasted from `aws sts ' +
    'get-caller-identity`. EKS matches the role ARN (`arn:aws:iam::<account>:role/<role>`), so the ' +
    'entry never matches. An error when it is the entry meant for this runner’s role.',
  remediation: 'Use the IAM role ARN instead of the session ARN.',
  run: (facts) => awsAuthLintFindings(facts, ['sts-arn']),
});
