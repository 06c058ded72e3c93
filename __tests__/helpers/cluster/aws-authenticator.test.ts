/** The aws-iam-authenticator stand-in's mapping, against a real moto (through its STS front). */
import { describe, expect, it } from '@jest/globals';
import { MOTO_ACCOUNT, type AwsCreds } from '../moto.js';
import type { AwsIamAuthenticatorOptions } from './aws-authenticator.js';
import {
  authenticate,
  mapRoles,
  motoFixture,
  ROLE,
  tokenFor,
} from './aws-authenticator-fixture.js';

const f = motoFixture();
const auth = (token: string, over?: Partial<AwsIamAuthenticatorOptions>) =>
  authenticate(f, token, over);
const token = (creds: AwsCreds, o?: { now?: Date; clusterId?: string }) => tokenFor(f, creds, o);
const denied = (arn: string, error: string) =>
  `level=warning msg="access denied" arn="${arn}" error="${error}" method=POST path=/authenticate`;

describe('aws-auth ConfigMap', () => {
  it('maps an assumed role by its path-less role ARN, with the authenticator uid and extras', async () => {
    f.state.data = { mapRoles: mapRoles(ROLE('deployer'), 'deployer', ['deployers']) };
    expect(await auth(token(f.alice))).toEqual({
      user: {
        username: 'deployer',
        uid: `aws-iam-authenticator:${MOTO_ACCOUNT}:${f.plain.id}`,
        groups: ['deployers'],
        extra: {
          arn: [`arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/deployer/alice@example.com`],
          canonicalArn: [ROLE('deployer')],
          sessionName: ['alice@example.com'],
          accessKeyId: [f.alice.accessKeyId],
          principalId: [f.plain.id],
          'sigs.k8s.io/aws-iam-authenticator/principalId': [f.plain.id],
        },
      },
    });
    expect(f.logs.at(-1)).toMatch(
      /level=info msg="access granted" arn=".*:role\/deployer" groups=/,
    );
  });

  it('matches rolearn case-insensitively, whatever the case of its keys', async () => {
    f.state.data = { mapRoles: `- RoleArn: ${ROLE('DEPLOYER')}\n  UserName: x\n` };
    expect(await auth(token(f.alice))).toMatchObject({ user: { username: 'x', groups: [] } });
  });

  it('a rolearn with the role path never matches: the canonical ARN has none', async () => {
    f.state.mode = 'CONFIG_MAP';
    f.state.data = { mapRoles: mapRoles(f.pathed.arn, 'deployer', ['deployers']) };
    expect(f.pathed.arn).toBe(ROLE('ci/deploy'));
    expect(await auth(token(f.ci))).toEqual({ error: 'identity is not mapped' });
    expect(f.logs).toContain(
      `time="${f.logs.at(-1)?.slice(6, 26)}" ${denied(ROLE('deploy'), 'identity is not mapped')}`,
    );
  });

  it('maps an IAM user only by its ARN with the path', async () => {
    const mapUsers = `- userarn: ${f.user.arn}\n  username: ci-bot\n  groups: [bots]\n`;
    f.state.data = { mapUsers };
    expect(f.user.arn).toBe(`arn:aws:iam::${MOTO_ACCOUNT}:user/bots/ci`);
    expect(await auth(token(f.userKey))).toMatchObject({
      user: {
        username: 'ci-bot',
        groups: ['bots'],
        uid: `aws-iam-authenticator:${MOTO_ACCOUNT}:${f.user.id}`,
      },
    });
    f.state.data = { mapUsers: mapUsers.replace('/bots/', '/') };
    expect(await auth(token(f.userKey))).toEqual({ error: 'identity is not mapped' });
  });

  it('renders username and group templates', async () => {
    const groups = ['raw:{{SessionNameRaw}}', 'key:{{AccessKeyID}}'];
    f.state.data = {
      mapRoles: mapRoles(ROLE('deployer'), '{{AccountID}}:{{SessionName}}', groups),
    };
    expect(await auth(token(f.alice))).toMatchObject({
      user: {
        username: `${MOTO_ACCOUNT}:alice-example.com`,
        groups: ['raw:alice@example.com', `key:${f.alice.accessKeyId}`],
      },
    });
    f.state.data = { mapRoles: mapRoles(ROLE('deployer'), 'system:node:{{EC2PrivateDNSName}}') };
    expect(await auth(token(f.alice))).toEqual({
      error:
        'mapper EKSConfigMap renderTemplates error: error rendering username template "system:node:{{EC2PrivateDNSName}}": SessionName did not contain an instance id',
    });
  });

  it('mapAccounts admits an unmapped principal as its canonical ARN, without groups', async () => {
    f.state.data = { mapAccounts: `- ${MOTO_ACCOUNT}\n` };
    expect(await auth(token(f.ci))).toMatchObject({
      user: { username: ROLE('deploy'), groups: [] },
    });
  });

  it('drops invalid entries (logging why) and keeps the valid ones', async () => {
    const bad = `- username: nobody\n- just-a-string\n`;
    f.state.data = { mapRoles: bad + mapRoles(ROLE('deployer'), 'ok'), mapUsers: "''" };
    expect(await auth(token(f.alice))).toMatchObject({ user: { username: 'ok' } });
    expect(f.logs[1]).toMatch(
      /level=warning msg="Errors parsing configmap: \[json: cannot unmarshal string into Go value of type config.RoleMapping one of rolearn or SSO must be supplied one of rolearn or SSO must be supplied\]"/,
    );
  });
});

describe('access entries and the authentication mode', () => {
  const configMapToo = () => {
    f.state.data = { mapRoles: mapRoles(ROLE('deploy'), 'from-configmap', ['cm']) };
  };

  it('an entry with the role path maps (default username) and wins over aws-auth', async () => {
    configMapToo();
    f.state.entries = [{ principalArn: f.pathed.arn, kubernetesGroups: ['editors'] }];
    expect(await auth(token(f.ci))).toMatchObject({
      user: {
        username: `arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/deploy/GitHubActions`,
        groups: ['editors'],
      },
    });
  });

  it('API mode ignores aws-auth; CONFIG_MAP ignores access entries', async () => {
    configMapToo();
    f.state.mode = 'API';
    expect(await auth(token(f.ci))).toEqual({ error: 'identity is not mapped' });
    f.state.entries = [{ principalArn: f.pathed.arn, username: 'from-entry:{{SessionName}}' }];
    f.state.mode = 'CONFIG_MAP';
    expect(await auth(token(f.ci))).toMatchObject({ user: { username: 'from-configmap' } });
    f.state.mode = 'API';
    expect(await auth(token(f.ci))).toMatchObject({
      user: { username: 'from-entry:GitHubActions', groups: [] },
    });
  });

  it('an IAM user entry keeps the path and defaults to the user ARN', async () => {
    f.state.entries = [{ principalArn: f.user.arn }];
    expect(await auth(token(f.userKey))).toMatchObject({ user: { username: f.user.arn } });
  });

  it('an entry recorded for another principal id (role re-created) does not map', async () => {
    f.state.mode = 'API';
    f.state.entries = [{ principalArn: f.pathed.arn, principalId: 'AROAOLDROLEOLDROLEOLD' }];
    expect(await auth(token(f.ci))).toEqual({ error: 'identity is not mapped' });
    f.state.entries = [{ principalArn: ROLE('other'), principalId: f.pathed.id }];
    expect(await auth(token(f.ci))).toEqual({
      error: 'mapper DynamicFile Map error: ARN does not match User ID',
    });
    f.state.entries = [{ principalArn: f.pathed.arn, principalId: f.pathed.id }];
    expect(await auth(token(f.ci))).toMatchObject({ user: { groups: [] } });
  });
});
