/** Targets whose live phase read a given aws-auth ConfigMap, for the eks/aws-auth-* checks. */
import type { TargetFacts } from '../../src/model/facts.js';
import type { AwsAuthRead } from '../../src/model/live.js';
import { awsFacts } from './aws-facts.js';
import { live, liveTarget } from './live-facts.js';

/** Caller: assumed role `deploy` in account 111122223333 (see aws-facts.ts). */
export function withAwsAuth(mapRoles: string, read?: AwsAuthRead): TargetFacts {
  const awsAuth = read ?? { status: 'read' as const, data: { mapRoles } };
  return liveTarget(live({ awsAuth }), { aws: awsFacts() });
}

export const ROLES = `- rolearn: arn:aws:iam::111122223333:role/ci/deploy
  username: deployer
  groups: [deployers]
- rolearn: arn:aws:sts::111122223333:assumed-role/ops/alice
  username: ops
- rolearn: arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0123456789abcdef
  username: sso-admin
- username: nobody
`;
