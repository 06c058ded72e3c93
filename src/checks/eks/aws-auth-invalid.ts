import { defineCheck } from '../../model/check.js';
import { awsAuthLintFindings } from '../../model/aws/aws-auth-check.js';

export default defineCheck({
  id: 'eks/aws-auth-invalid',
  title: 'aws-auth has entries EKS drops',
  severity: 'warning',
  description:
    'Part of the aws-auth ConfigMap is unusable: `mapRoles`/`mapUsers`/`mapAccounts` YAML that does ' +
    'not parse, entries without `rolearn`/`userarn`, fields of the wrong type, unknown template ' +
    'variables, or reserved usernames. The authenticator drops such entries (and an unparseable key ' +
    'as a whole) and keeps the rest, so the identities they were meant for get 401.',
  remediation:
    'Fix the entry (`kubectl edit configmap aws-auth -n kube-system`, or `eksctl create iamidentitymapping`), ' +
    'or move the mapping to an EKS access entry.',
  run: (facts) =>
    awsAuthLintFindings(facts, [
      'invalid-yaml',
      'invalid-entry',
      'bad-template',
      'username-reserved',
    ]),
});
