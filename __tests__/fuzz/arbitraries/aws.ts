/** AWS identities: ARNs of plausible and wrong parts, and the aws-auth ConfigMap's data. */
import fc from 'fast-check';
import { anyValue, maybeHuge, or, text } from './misc.js';
import { yamlFrom } from './yaml.js';

const ARN_PARTS = {
  partition: ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'awss', ''],
  service: ['iam', 'sts', 's3', ''],
  region: ['', 'eu-west-1'],
  account: ['123456789012', '000000000000', '1', ''],
  resource: [
    'role/deploy',
    'role/a/b/deploy',
    'assumed-role/deploy/session',
    'assumed-role/deploy',
    'user/ci',
    'root',
    'federated-user/x',
    'role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0123',
    '',
  ],
};
/** ARNs put together from plausible and wrong parts, or random text. */
export const arn = fc.oneof(
  fc
    .tuple(
      ...Object.values(ARN_PARTS).map((p) =>
        fc.oneof({ arbitrary: fc.constantFrom(...p), weight: 6 }, text),
      ),
      fc.constantFrom('arn', 'ARN', ''),
      fc.nat({ max: 3 }),
    )
    .map(([partition, service, region, account, resource, prefix, extra]) =>
      [prefix, partition, service, region, account, resource, ...Array(extra).fill('x')].join(':'),
    ),
  maybeHuge,
);
const mapping = fc.record(
  {
    rolearn: or(arn),
    userarn: or(arn),
    username: or(fc.constantFrom('ci', '{{SessionName}}', 'system:node:{{EC2PrivateDNSName}}')),
    groups: or(
      fc.array(fc.oneof(fc.constantFrom('system:masters', 'system:bootstrappers'), text), {
        maxLength: 3,
      }),
    ),
    sso: or(
      fc.record(
        {
          permissionSetName: or(fc.constant('Admin')),
          accountID: or(fc.constant('123456789012')),
          partition: or(fc.constant('aws')),
        },
        { requiredKeys: [] },
      ),
    ),
    userid: text,
    RoleARN: arn,
  },
  { requiredKeys: [] },
);
/** The aws-auth ConfigMap's data: YAML strings of mappings (or not), any of them missing. */
export const awsAuthData = fc.record(
  {
    mapRoles: yamlFrom(fc.array(mapping, { maxLength: 4 })),
    mapUsers: yamlFrom(fc.array(mapping, { maxLength: 4 })),
    mapAccounts: yamlFrom(
      fc.array(fc.oneof(fc.constantFrom('123456789012', '0123'), anyValue), { maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);

/** A role name that is not an IAM Identity Center one (none starts with `AWSReservedSSO_`). */
const otherRole = fc.oneof(
  fc.stringMatching(/^[\w+=,.@-]{1,64}$/).filter((n) => !n.startsWith('AWSReservedSSO_')),
  fc.constantFrom('awsreservedsso_Admin_0123', 'AWSReservedSSO', 'XAWSReservedSSO_Admin_1'),
);

/**
 * An IAM Identity Center role ARN (`AWSReservedSSO_<permission set>_<suffix>`) as a role with its
 * `aws-reserved/sso.amazonaws.com/[region/]` path, without it, or as an assumed role; `renamed` is
 * the same ARN with another role name, `canonical` the IAM role ARN callers are matched by, `set`
 * the permission set.
 */
export const ssoRoleArn = fc
  .record({
    form: fc.constantFrom('path', 'bare', 'assumed'),
    partition: fc.constantFrom('aws', 'aws-cn', 'aws-us-gov'),
    account: fc.stringMatching(/^\d{12}$/),
    region: fc.constantFrom('eu-west-1/', 'us-gov-west-1/', ''),
    set: fc.stringMatching(/^[\w+=,.@-]{1,32}$/),
    suffix: fc.stringMatching(/^[0-9a-f]{16}$/),
    session: fc.stringMatching(/^[\w+=,.@-]{2,64}$/),
    other: otherRole,
  })
  .map(({ form, partition, account, region, set, suffix, session, other }) => {
    const path = form === 'path' ? `aws-reserved/sso.amazonaws.com/${region}` : '';
    const at = (role: string) =>
      form === 'assumed'
        ? `arn:${partition}:sts::${account}:assumed-role/${role}/${session}`
        : `arn:${partition}:iam::${account}:role/${path}${role}`;
    const role = `AWSReservedSSO_${set}_${suffix}`;
    const canonical = `arn:${partition}:iam::${account}:role/${role}`;
    return { form, arn: at(role), renamed: at(other), canonical, partition, account, set };
  });
