import { describe, expect, it } from '@jest/globals';
import { mappingFix } from '../../../src/model/aws/mapping-fix.js';

const ROLE = 'arn:aws:iam::111122223333:role/deploy';
const USER = 'arn:aws:iam::111122223333:user/alice';
const base = { cluster: 'prod', region: 'eu-west-1', principal: ROLE };
const tail = (s: string, end: string) => s.slice(-end.length);

const CREATE = `\`aws eks create-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${ROLE}\``;
const ASSOCIATE = (scope: string) =>
  `\`aws eks associate-access-policy --cluster-name prod --region eu-west-1 --principal-arn ${ROLE} ` +
  `--policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope ${scope}\``;
const CREATOR =
  'A CONFIG_MAP cluster’s creator is cluster-admin without any entry: running as the identity that created the cluster also works.';

describe('mappingFix', () => {
  it('API mode: only the access entry, scoped to the namespaces the deploy needs', () => {
    expect(mappingFix({ ...base, mode: 'API', namespaces: ['apps', 'jobs'] })).toBe(
      'Create an access entry and give it a policy:\n' +
        `${CREATE}\n` +
        `${ASSOCIATE('type=namespace,namespaces=apps,jobs')}\n` +
        '(eksctl: list it under `accessConfig.accessEntries` in the ClusterConfig and run `eksctl create accessentry -f cluster.yaml`).' +
        ' If the role has an IAM path, give its full ARN here (`aws iam get-role --role-name deploy --query Role.Arn`): access entries keep the path.',
    );
  });

  it('CONFIG_MAP mode: only aws-auth, with the path-less ARN and a templated username', () => {
    const fix = mappingFix({ ...base, mode: 'CONFIG_MAP' });
    expect(fix).not.toContain('create-access-entry');
    expect(fix).toContain(
      `\`- rolearn: ${ROLE}\` / \`  username: deploy:{{SessionName}}\` / \`  groups: [<a group your RBAC binds>]\``,
    );
    expect(fix).toContain(
      `\`eksctl create iamidentitymapping --cluster prod --region eu-west-1 --arn ${ROLE} --username deploy:{{SessionName}} --group <group>\``,
    );
    const end = `${CREATOR} Access entries need the authentication mode API_AND_CONFIG_MAP first.`;
    expect(tail(fix, end)).toBe(end);
  });

  it('API_AND_CONFIG_MAP: the access entry first (cluster-wide by default), then aws-auth', () => {
    const fix = mappingFix({ ...base, mode: 'API_AND_CONFIG_MAP' });
    expect(fix).toContain(CREATE);
    expect(fix).toContain(ASSOCIATE('type=cluster'));
    expect(fix.indexOf('under mapRoles')).toBeGreaterThan(fix.indexOf(CREATE));
    expect(fix).not.toContain('unknown');
    expect(tail(fix, CREATOR)).toBe(CREATOR);
  });

  it('says so when the authentication mode is unknown, and offers both ways', () => {
    const fix = mappingFix(base);
    expect(fix).toContain(CREATE);
    expect(fix).toContain('under mapRoles');
    expect(fix).toContain('The authentication mode is unknown.');
  });

  it('maps an IAM user under mapUsers by its name, with no role-path note', () => {
    const fix = mappingFix({ cluster: 'prod', principal: USER, mode: 'CONFIG_MAP' });
    expect(fix).toContain('under mapUsers');
    expect(fix).toContain(`\`- userarn: ${USER}\` / \`  username: alice\``);
    expect(fix).not.toContain('--region');
    expect(mappingFix({ cluster: 'prod', principal: USER, mode: 'API' })).not.toContain('IAM path');
  });

  it('an SSO role: the access entry needs the aws-reserved path, aws-auth must not have it', () => {
    const sso = 'arn:aws:iam::111122223333:role/AWSReservedSSO_Deploy_0123456789abcdef';
    const fix = mappingFix({ ...base, principal: sso });
    expect(fix).toContain('IAM Identity Center (SSO) role');
    expect(fix).toContain('`aws-reserved/sso.amazonaws.com/<region>/`');
    expect(fix).toContain('--role-name AWSReservedSSO_Deploy_0123456789abcdef --query Role.Arn');
    expect(fix).toContain('no path, not even `aws-reserved/sso.amazonaws.com/…`');
    expect(fix).toContain(`\`- rolearn: ${sso}\``);
    expect(mappingFix(base)).not.toContain('Identity Center');
  });

  it('a role: aws-auth names the role, not the session ARN (users have no session)', () => {
    expect(mappingFix(base)).toContain('the role, not the session ARN');
    expect(mappingFix({ ...base, principal: USER })).not.toContain('session ARN');
  });
});
