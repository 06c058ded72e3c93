import { defineCheck } from '../../model/check.js';
import { awsAuthLintFindings } from '../../model/aws/aws-auth-check.js';

export default defineCheck({
  id: 'eks/aws-auth-sso-path',
  title: 'aws-auth maps an SSO role with its path',
  severity: 'warning',
  description:
    'A `mapRoles` entry names an IAM Identity Center role with its ' +
    '`aws-reserved/sso.amazonaws.com/<region>/` path. EKS matches the role without the path, so the ' +
    'entry never matches. An error when it is the entry meant for this runner’s role.',
  remediation:
    'Write the SSO role ARN without the path: `arn:aws:iam::<account>:role/AWSReservedSSO_<set>_<id>`.',
  run: (facts) => awsAuthLintFindings(facts, ['sso-path']),
});
