/** The exact commands that map an IAM principal into an EKS cluster, per authentication mode. Pure. */
import type { AuthenticationMode } from './access-entries.js';
import { isSsoRoleArn } from './arn.js';

export interface MappingFixInput {
  cluster: string;
  region?: string;
  /** The canonical principal (a role without its path). */
  principal: string;
  mode?: AuthenticationMode;
  /** Where the deploy works, for the policy scope; cluster-wide when undefined. */
  namespaces?: string[];
}

/** The access policy the fixes suggest for a deploy. */
export const EDIT_POLICY = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy';

/** An access entry as every `aws eks … access-…` command names it. */
export interface EntryRef {
  cluster: string;
  region?: string;
  principal: string;
}

/** `--cluster-name C [--region R] --principal-arn P`. */
export const entryArgs = (e: EntryRef): string =>
  `--cluster-name ${e.cluster}${e.region ? ` --region ${e.region}` : ''} --principal-arn ${e.principal}`;

/** The Edit policy for these namespaces, or cluster-wide when there are none. */
export function associateEditPolicy(e: EntryRef, namespaces: string[] = []): string {
  const scope = namespaces.length
    ? `type=namespace,namespaces=${namespaces.join(',')}`
    : 'type=cluster';
  return `aws eks associate-access-policy ${entryArgs(e)} --policy-arn ${EDIT_POLICY} --access-scope ${scope}`;
}

/** `deployer` from `arn:aws:iam::1:role/deployer`: a readable username for aws-auth. */
const nameOf = (arn: string): string => arn.split('/').pop() ?? 'deployer';

export function mappingFix(o: MappingFixInput): string {
  const region = o.region ? ` --region ${o.region}` : '';
  const role = o.principal.includes(':role/');
  const ref: EntryRef = {
    cluster: o.cluster,
    principal: o.principal,
    ...(o.region ? { region: o.region } : {}),
  };
  const sso = isSsoRoleArn(o.principal);
  const getRole = `\`aws iam get-role --role-name ${nameOf(o.principal)} --query Role.Arn\``;
  const pathNote = sso
    ? ` This is an IAM Identity Center (SSO) role: its full ARN has the path \`aws-reserved/sso.amazonaws.com/<region>/\` (${getRole}); the access entry needs that full ARN.`
    : role
      ? ` If the role has an IAM path, give its full ARN here (${getRole}): access entries keep the path.`
      : '';
  const entry =
    `Create an access entry and give it a policy:\n` +
    `\`aws eks create-access-entry ${entryArgs(ref)}\`\n` +
    `\`${associateEditPolicy(ref, o.namespaces)}\`\n` +
    `(eksctl: list it under \`accessConfig.accessEntries\` in the ClusterConfig and run \`eksctl create accessentry -f cluster.yaml\`).${pathNote}`;
  const key = role ? 'rolearn' : 'userarn';
  const username = role ? `${nameOf(o.principal)}:{{SessionName}}` : nameOf(o.principal);
  const configMap =
    `Or map it in aws-auth (\`kubectl edit configmap aws-auth -n kube-system\`), under ${role ? 'mapRoles' : 'mapUsers'}, ` +
    `with the ARN exactly as written here (${role ? 'the role, not the session ARN `arn:aws:sts::…:assumed-role/…`; ' : ''}no path${sso ? ', not even `aws-reserved/sso.amazonaws.com/…`' : ''}):\n` +
    `\`- ${key}: ${o.principal}\` / \`  username: ${username}\` / \`  groups: [<a group your RBAC binds>]\`\n` +
    `(eksctl: \`eksctl create iamidentitymapping --cluster ${o.cluster}${region} --arn ${o.principal} --username ${username} --group <group>\`).`;
  const creator =
    'A CONFIG_MAP cluster’s creator is cluster-admin without any entry: running as the identity that created the cluster also works.';
  if (o.mode === 'API') return entry;
  if (o.mode === 'CONFIG_MAP')
    return `${configMap}\n${creator} Access entries need the authentication mode API_AND_CONFIG_MAP first.`;
  const unknown = o.mode ? '' : 'The authentication mode is unknown. ';
  return `${entry}\n${configMap}\n${unknown}${creator}`;
}
