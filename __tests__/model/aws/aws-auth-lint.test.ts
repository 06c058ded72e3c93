import { describe, expect, it } from '@jest/globals';
import { lintAwsAuth, parseAwsAuth } from '../../../src/model/aws/aws-auth.js';

const A = '111122223333';
const SSO = 'AWSReservedSSO_Admin_0123456789abcdef';
const lint = (data: Record<string, string>, clusterAccount?: string) =>
  lintAwsAuth(parseAwsAuth(data), clusterAccount ? { clusterAccount } : {});

describe('lintAwsAuth', () => {
  it.each([
    [
      'a role with a path',
      `- rolearn: arn:aws:iam::${A}:role/team/developers/deployer\n  username: d`,
      'role-path',
      `arn:aws:iam::${A}:role/deployer`,
    ],
    [
      'an STS assumed-role ARN as rolearn',
      `- rolearn: arn:aws:sts::${A}:assumed-role/deployer/gha-123\n  username: d`,
      'sts-arn',
      `arn:aws:iam::${A}:role/deployer`,
    ],
    [
      'an SSO role with its aws-reserved path',
      `- rolearn: arn:aws:iam::${A}:role/aws-reserved/sso.amazonaws.com/eu-west-1/${SSO}\n  username: d`,
      'sso-path',
      `arn:aws:iam::${A}:role/${SSO}`,
    ],
    [
      'a GovCloud role with a path',
      `- rolearn: arn:aws-us-gov:iam::${A}:role/x/deployer\n  username: d`,
      'role-path',
      `arn:aws-us-gov:iam::${A}:role/deployer`,
    ],
  ])('%s → fixed ARN', (_, mapRoles, kind, fixedArn) => {
    expect(lint({ mapRoles })).toEqual([
      expect.objectContaining({ kind, key: 'mapRoles', line: 1, fixedArn }),
    ]);
  });

  it('accepts canonical entries, node mappings, user paths and federated users', () => {
    const mapRoles = [
      `- rolearn: arn:aws:iam::${A}:role/nodes`,
      '  username: system:node:{{EC2PrivateDNSName}}',
      '  groups: [system:bootstrappers, system:nodes]',
      `- rolearn: arn:aws-cn:iam::${A}:role/${SSO}`,
      '  username: "sso:{{SessionNameRaw}}:{{AccessKeyID}}"',
      '  groups: ["team-{{AccountID}}", "{{SessionName}}"]',
    ].join('\n');
    const mapUsers = [
      `- userarn: arn:aws:iam::${A}:user/engineering/alice`,
      '  username: alice',
      `- userarn: arn:aws:sts::${A}:federated-user/bob`,
      '  username: bob',
      `- userarn: arn:aws:iam::${A}:root`,
      '  username: root-user',
    ].join('\n');
    expect(lint({ mapRoles, mapUsers, mapAccounts: `- "${A}"` }, A)).toEqual([]);
  });

  it('reports entries in another account, and mapAccounts entries', () => {
    const other = '444455556666';
    const kinds = lint(
      {
        mapRoles: `- rolearn: arn:aws:iam::${other}:role/x\n  username: x`,
        mapUsers: `- userarn: arn:aws:iam::${A}:user/me\n  username: me`,
        mapAccounts: `- ${other}\n- "${A}"`,
      },
      A,
    ).map((l) => [l.kind, l.key]);
    expect(kinds).toEqual([
      ['account-mismatch', 'mapRoles'],
      ['account-mismatch', 'mapAccounts'],
    ]);
    expect(lint({ mapRoles: `- rolearn: arn:aws:iam::${other}:role/x` })).toEqual([]);
  });

  it('turns parse problems into invalid-yaml and invalid-entry, with lines', () => {
    const results = lint({
      mapRoles: `- rolearn: arn:aws:iam::${A}:role/x\n\tusername: x\n`,
      mapUsers: `- username: nobody\n- userarn: arn:aws:iam::${A}:user/ok\n  userarn: arn:aws:iam::${A}:user/ok2\n`,
    });
    expect(results.map((l) => [l.kind, l.key, l.line])).toEqual([
      ['invalid-entry', 'mapUsers', 1],
      ['invalid-yaml', 'mapUsers', 3],
      ['invalid-yaml', 'mapRoles', 2],
    ]);
    expect(results[0]?.detail).toBe('mapUsers: value for userarn must be supplied');
    expect(results[2]?.detail).toMatch(/the authenticator ignores all of mapRoles\)$/);
  });

  it.each([
    ['not an ARN', 'rolearn: my-role', /can never match: arn 'my-role' is invalid/],
    [
      'an unknown partition',
      `rolearn: arn:aws-mars:iam::${A}:role/x`,
      /does not have a recognized partition/,
    ],
    ['an IAM group', `rolearn: arn:aws:iam::${A}:group/devs`, /unrecognized resource group\/devs/],
    ['an sso matcher', `sso: {permissionSetName: Admin, accountID: "${A}"}`, /SSORoleMatch/],
  ])('flags %s as an invalid entry', (_, line, detail) => {
    const results = lint({ mapRoles: `- ${line}\n  username: x` });
    expect(results).toEqual([
      expect.objectContaining({
        kind: 'invalid-entry',
        line: 1,
        detail: expect.stringMatching(detail),
      }),
    ]);
  });

  it('flags mapAccounts entries that are not 12-digit account ids', () => {
    expect(lint({ mapAccounts: '- 12345\n- "111122223333"' })).toEqual([
      {
        kind: 'invalid-entry',
        key: 'mapAccounts',
        detail: 'mapAccounts: "12345" is not a 12-digit account id',
      },
    ]);
  });

  it.each([
    ['system:masters', true],
    ['system:admin', true],
    ['eks:admin', true],
    ['aws:ops', true],
    ['amazon:ops', true],
    ['iam:ops', true],
    ['system:node:{{SessionName}}', false],
    ['admin', false],
    ['ops:aws:x', false],
  ])('username %s reserved: %s', (username, reserved) => {
    const results = lint({
      mapRoles: `- rolearn: arn:aws:iam::${A}:role/x\n  username: "${username}"`,
    });
    expect(results.some((l) => l.kind === 'username-reserved')).toBe(reserved);
  });

  it.each([
    ['{{ SessionName }}', '{{ SessionName }}'],
    ['{{sessionname}}', '{{sessionname}}'],
    ['{{Session}}', '{{Session}}'],
    ['x-{{RoleName}}-{{AccountID}}', '{{RoleName}}'],
  ])('template %s: unknown %s', (template, bad) => {
    const results = lint({
      mapRoles: `- rolearn: arn:aws:iam::${A}:role/x\n  username: ok\n  groups: ["${template}"]`,
    });
    expect(results).toEqual([
      expect.objectContaining({
        kind: 'bad-template',
        line: 1,
        detail: expect.stringContaining(bad),
      }),
    ]);
  });

  it('flags {{EC2PrivateDNSName}} for an IAM user: there is no session name', () => {
    const mapUsers = `- userarn: arn:aws:iam::${A}:user/u\n  username: "system:node:{{EC2PrivateDNSName}}"`;
    expect(lint({ mapUsers }).map((l) => l.kind)).toEqual(['bad-template']);
  });
});
