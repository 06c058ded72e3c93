import { defineCheck } from '../../model/check.js';
import { awsAuthLintFindings } from '../../model/aws/aws-auth-check.js';

export default defineCheck({
  id: 'eks/aws-auth-role-path',
  title: 'aws-auth maps a role ARN with a path',
  severity: 'warning',
  description:
    'A `mapRoles` entry names a role ARN with a path (`role/team/deploy`). EKS canonicalises the ' +
    'caller’s assumed-role ARN to `role/deploy` — STS never reports the path — so the entry never ' +
    'matches and the role gets 401. An error when it is the entry meant for this runner’s role.',
  remediation:
    'Drop the path from `rolearn` (`arn:aws:iam::<account>:role/<name>`), or map the role with an ' +
    'EKS access entry, whose principal ARN may keep the path.',
  run: (facts) => awsAuthLintFindings(facts, ['role-path']),
});
