import { describe, expect, it } from '@jest/globals';
import { parseAwsAuth } from '../../../src/model/aws/aws-auth.js';

const NODE = 'arn:aws:iam::555555555555:role/devel-worker-nodes-NodeInstanceRole-74RF4UBDUKL6';
const ADMIN = 'arn:aws:iam::555555555555:user/admin';

/** The authenticator's fixture (yaml/aws-auth.yaml), with its keys spelled `r`, `u`, `g`, `n`. */
const fixture = (r = 'rolearn', u = 'userarn', g = 'groups', n = 'username') => ({
  mapRoles: `- ${r}: ${NODE}\n  ${n}: system:node:{{EC2PrivateDNSName}}\n  ${g}:\n    - system:bootstrappers\n    - system:nodes\n`,
  mapUsers: `- ${u}: ${ADMIN}\n  ${n}: admin\n  ${g}:\n    - system:masters\n`,
  mapAccounts: '- 555555555555\n',
});
const NODE_GROUPS = ['system:bootstrappers', 'system:nodes'];
const NODE_ENTRY = { kind: 'role', arn: NODE, groups: NODE_GROUPS, line: 1 };
const ADMIN_ENTRY = { kind: 'user', arn: ADMIN, groups: ['system:masters'], line: 1 };

describe('parseAwsAuth: the authenticator fixtures', () => {
  it.each([
    ['lower-case field names', fixture()],
    ['crazy-case field names (rOlEaRn)', fixture('rOlEaRn', 'uSeRaRn', 'gRoUpS', 'UsErNaMe')],
    ['open-source-case field names (roleARN)', fixture('roleARN', 'userARN')],
  ])('%s', (_, data) => {
    expect(parseAwsAuth(data)).toEqual({
      roles: [{ ...NODE_ENTRY, username: 'system:node:{{EC2PrivateDNSName}}' }],
      users: [{ ...ADMIN_ENTRY, username: 'admin' }],
      accounts: ['555555555555'],
      problems: [],
    });
  });

  it('ignores data keys in the wrong case (maproles, MaPuSeRs)', () => {
    const f = fixture();
    const cfg = parseAwsAuth({ maproles: f.mapRoles, MaPuSeRs: f.mapUsers, mapaccounts: 'x' });
    expect(cfg).toEqual({ roles: [], users: [], accounts: [], problems: [] });
  });

  it('reads an extra space before a group as one folded group', () => {
    const data = {
      mapRoles: fixture().mapRoles.replace('    - system:nodes', '     - system:nodes'),
    };
    expect(parseAwsAuth(data).roles[0]?.groups).toEqual(['system:bootstrappers - system:nodes']);
  });

  it.each([[''], ['""'], ["''"], ['``'], ['  \n'], ['~'], ['# nothing yet']])(
    'skips %j',
    (text) => {
      const cfg = parseAwsAuth({ mapRoles: text, mapUsers: text, mapAccounts: text });
      expect(cfg).toEqual({ roles: [], users: [], accounts: [], problems: [] });
    },
  );

  it('reads an sso matcher (TestParseMap) and builds its pattern', () => {
    const mapRoles = [
      '- rolearn: arn:aws:iam::123456789101:role/test-NodeInstanceRole-1VWRHZ3GKZ1T4',
      '  username: system:node:{{EC2PrivateDNSName}}',
      '  groups: [system:bootstrappers, system:nodes]',
      '- sso:',
      '    permissionSetName: ViewOnlyAccess',
      '    accountID: "012345678912"',
      '  username: user1',
      '  groups:',
      '  - system:basic-users',
    ].join('\n');
    const [, sso] = parseAwsAuth({ mapRoles }).roles;
    expect(sso).toEqual({
      kind: 'sso',
      arn: 'arn:aws:iam::012345678912:role/awsreservedsso_viewonlyaccess_*',
      username: 'user1',
      groups: ['system:basic-users'],
      line: 4,
      sso: { permissionSetName: 'ViewOnlyAccess', accountID: '012345678912' },
    });
  });
});

describe('parseAwsAuth: invalid entries are dropped, valid ones kept', () => {
  const mapRoles = [
    '- rolearn: arn:aws:iam::111122223333:role/ok-1', // 1
    '  username: ok-1',
    '- username: no-arn', // 3
    '  groups: [system:masters]',
    '- rolearn: arn:aws:iam::111122223333:role/both', // 5
    '  sso: {permissionSetName: Admin, accountID: "111122223333"}',
    '- sso: {permissionSetName: Admin, accountID: 111122223333}', // 7
    '- sso: {permissionSetName: "Admin*", accountID: "111122223333"}', // 8
    '- sso: {permissionSetName: Admin, accountID: "111122223333", partition: aws-mars}', // 9
    '- just-an-arn', // 10
    '-', // 11
    '- rolearn: arn:aws:iam::111122223333:role/ok-2', // 12
    '  groups: system:masters',
    '  group: [dev]',
    '  username: yes',
  ].join('\n');
  const mapUsers = '- username: nobody\n- userarn: arn:aws:iam::111122223333:user/ok\n';
  const cfg = parseAwsAuth({ mapRoles, mapUsers });

  it('keeps the valid entries, with their lines', () => {
    expect(cfg.roles.map((e) => [e.arn, e.line])).toEqual([
      ['arn:aws:iam::111122223333:role/ok-1', 1],
      ['arn:aws:iam::111122223333:role/ok-2', 12],
    ]);
    expect(cfg.users.map((e) => [e.arn, e.line])).toEqual([
      ['arn:aws:iam::111122223333:user/ok', 2],
    ]);
  });

  it.each([
    ['mapUsers', 1, 'value for userarn must be supplied'],
    ['mapRoles', 3, 'one of rolearn or SSO must be supplied'],
    ['mapRoles', 5, 'only one of rolearn or SSO can be supplied'],
    ['mapRoles', 7, "AccountID '' is not a valid AWS Account ID"],
    ['mapRoles', 8, "PermissionSetName 'Admin*' is not a valid AWS SSO PermissionSet Name"],
    ['mapRoles', 9, "partition 'aws-mars' is not a valid AWS partition"],
    ['mapRoles', 10, 'one of rolearn or SSO must be supplied'],
    ['mapRoles', 11, 'one of rolearn or SSO must be supplied'],
  ])('drops %s line %i: %s', (key, line, message) => {
    expect(cfg.problems).toContainEqual({ key, line, code: 'validation', dropped: true, message });
  });

  it('reports wrongly typed fields but keeps the entry (Go leaves them empty)', () => {
    const kept = cfg.problems.filter((p) => !p.dropped).map((p) => [p.line, p.code, p.message]);
    expect(kept).toEqual([
      [7, 'type', expect.stringMatching(/^sso\.accountID: expected a string, got number/)],
      [10, 'type', 'expected a mapping, got string just-an-arn'],
      [14, 'unknown-field', 'unknown field "group" is ignored'],
      [13, 'type', expect.stringMatching(/^groups: expected a list, got string system:masters/)],
      [15, 'type', expect.stringMatching(/^username: expected a string, got boolean yes/)],
    ]);
    expect(cfg.roles[1]).toEqual({
      kind: 'role',
      arn: 'arn:aws:iam::111122223333:role/ok-2',
      groups: [],
      line: 12,
    });
  });
});

describe('parseAwsAuth: YAML the authenticator cannot read', () => {
  const good = '- userarn: arn:aws:iam::111122223333:user/ok\n';
  it.each([
    ['tab indentation', '- rolearn: arn:aws:iam::1:role/x\n\tusername: x\n', 2],
    ['a tab after the colon (go-yaml)', '- rolearn:\tarn:aws:iam::1:role/x\n', 1],
    ['a tab after the dash (go-yaml)', '-\trolearn: arn:aws:iam::1:role/x\n', 1],
    [
      'an unquoted {{SessionName}}',
      '- rolearn: arn:aws:iam::1:role/x\n  username: {{SessionName}}\n',
      2,
    ],
    ['an unclosed quote', '- rolearn: "arn:aws:iam::1:role/x\n', 2],
  ])('%s: all of mapRoles is ignored, mapUsers still read', (_, mapRoles, line) => {
    const cfg = parseAwsAuth({ mapRoles, mapUsers: good });
    expect(cfg.roles).toEqual([]);
    expect(cfg.users).toHaveLength(1);
    expect(cfg.problems).toEqual([
      { key: 'mapRoles', line, code: 'yaml', dropped: true, message: expect.any(String) },
    ]);
  });

  it('accepts a tab inside a value or in flow style', () => {
    const mapUsers =
      '- userarn: arn:aws:iam::1:user/x\n  username: "a:\tb"\n- {userarn:\tarn:aws:iam::1:user/y}\n';
    const cfg = parseAwsAuth({ mapUsers });
    expect(cfg.users.map((u) => u.username ?? u.arn)).toEqual(['a:\tb', 'arn:aws:iam::1:user/y']);
  });

  it('treats a mapping instead of a list as a type error for the whole key', () => {
    expect(parseAwsAuth({ mapUsers: 'userarn: arn:aws:iam::1:user/x\n' }).problems).toEqual([
      {
        key: 'mapUsers',
        line: 1,
        code: 'type',
        dropped: true,
        message: 'expected a list, got a mapping: all of mapUsers is ignored',
      },
    ]);
  });

  it('keeps the last of duplicate keys, and among case variants the greatest (sorted JSON)', () => {
    const mapRoles = [
      '- rolearn: arn:aws:iam::1:role/first',
      '  rolearn: arn:aws:iam::1:role/second',
      '- rolearn: arn:aws:iam::1:role/lower',
      '  roleArn: arn:aws:iam::1:role/camel',
    ].join('\n');
    const cfg = parseAwsAuth({ mapRoles });
    expect(cfg.roles.map((e) => e.arn)).toEqual([
      'arn:aws:iam::1:role/second',
      'arn:aws:iam::1:role/lower',
    ]);
    expect(cfg.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'duplicate-key'],
      [4, 'duplicate-key'],
    ]);
  });

  it('applies << merge keys: explicit keys override merged ones', () => {
    const b = '- &b\n  rolearn: arn:aws:iam::1:role/b\n  username: x\n  groups: [a]\n';
    const cfg = parseAwsAuth({
      mapRoles: `${b}- <<: *b\n  rolearn: arn:aws:iam::1:role/c\n  username: z`,
    });
    expect(cfg.roles.map((e) => [e.arn, e.username, e.groups])).toEqual([
      ['arn:aws:iam::1:role/b', 'x', ['a']],
      ['arn:aws:iam::1:role/c', 'z', ['a']],
    ]);
    expect(cfg.problems).toEqual([]);
  });

  it('reads only the first document, and expands aliases', () => {
    const mapRoles =
      '- rolearn: arn:aws:iam::1:role/a\n  groups: &g [dev, ops]\n- rolearn: arn:aws:iam::1:role/b\n  groups: *g\n---\n- rolearn: arn:aws:iam::1:role/c\n';
    const cfg = parseAwsAuth({ mapRoles });
    expect(cfg.roles.map((e) => [e.arn, e.groups])).toEqual([
      ['arn:aws:iam::1:role/a', ['dev', 'ops']],
      ['arn:aws:iam::1:role/b', ['dev', 'ops']],
    ]);
  });

  it('refuses an alias bomb and, before parsing it, text with far too many entries', () => {
    const bomb = [
      '- rolearn: arn:aws:iam::1:role/a',
      '  groups: &a [x, x, x, x, x, x, x, x, x, x]',
    ];
    for (let i = 1; i < 6; i++)
      bomb.push(
        `  g${i}: &${'a'.repeat(i + 1)} [${Array(10)
          .fill(`*${'a'.repeat(i)}`)
          .join(', ')}]`,
      );
    const huge = Array.from(
      { length: 30_000 },
      (_, i) => `- {rolearn: "arn:aws:iam::1:role/r${i}", groups: [a]}`,
    );
    const started = performance.now();
    for (const mapRoles of [bomb.join('\n'), huge.join('\n')]) {
      const cfg = parseAwsAuth({ mapRoles });
      expect(cfg.roles).toEqual([]);
      expect(cfg.problems).toMatchObject([
        { code: 'yaml', message: expect.stringMatching(/more than 20000 nodes/) },
      ]);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads YAML 1.1 booleans as go-yaml does: a group named y becomes ""', () => {
    const cfg = parseAwsAuth({
      mapRoles: '- rolearn: arn:aws:iam::1:role/a\n  groups: [x, y, "n"]\n',
    });
    expect(cfg.roles[0]?.groups).toEqual(['x', '', 'n']);
    expect(cfg.problems).toMatchObject([{ line: 2, code: 'type', dropped: false }]);
  });
});

describe('parseAwsAuth: mapAccounts', () => {
  it.each([
    ['unquoted', '- 555555555555\n- 123456789012\n', ['555555555555', '123456789012']],
    ['quoted', '- "555555555555"\n- \'123456789012\'\n', ['555555555555', '123456789012']],
    ['a leading zero, unquoted: go-yaml keeps the text', '- 012345678912\n', ['012345678912']],
    ['flow style', '[555555555555, "012345678912"]', ['555555555555', '012345678912']],
    ['empty items are skipped', '- 555555555555\n-\n- ~\n', ['555555555555']],
  ])('%s', (_, mapAccounts, accounts) => {
    expect(parseAwsAuth({ mapAccounts })).toMatchObject({ accounts, problems: [] });
  });

  it('rejects a bare account id (not a list) and non-scalar items', () => {
    const bare = parseAwsAuth({ mapAccounts: '555555555555' });
    expect(bare.accounts).toEqual([]);
    expect(bare.problems[0]).toMatchObject({ code: 'type', dropped: true });
    const mixed = parseAwsAuth({ mapAccounts: '- 555555555555\n- {id: 1}\n' });
    expect(mixed.accounts).toEqual(['555555555555']);
    expect(mixed.problems).toEqual([
      expect.objectContaining({ key: 'mapAccounts', line: 2, code: 'type' }),
    ]);
  });
});
