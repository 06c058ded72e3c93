import { describe, expect, it } from '@jest/globals';
import {
  type AccessEntry,
  accessEntriesAvailable,
  type AuthenticationMode,
  awsAuthApplies,
  customUsernameProblem,
  defaultUsername,
  effectiveMapping,
  policyShortName,
  renderTemplate,
  unknownTemplateVariables,
} from '../../../src/model/aws/access-entries.js';
import type { AwsAuthMapping } from '../../../src/model/aws/aws-auth.js';

const A = '111122223333';

describe('defaultUsername', () => {
  it.each([
    [
      `arn:aws:iam::${A}:role/deployer`,
      'STANDARD',
      `arn:aws:sts::${A}:assumed-role/deployer/{{SessionName}}`,
    ],
    [
      `arn:aws:iam::${A}:role/team/ci/deployer`,
      'STANDARD',
      `arn:aws:sts::${A}:assumed-role/deployer/{{SessionName}}`,
    ],
    [
      `arn:aws-us-gov:iam::${A}:role/deployer`,
      'STANDARD',
      `arn:aws-us-gov:sts::${A}:assumed-role/deployer/{{SessionName}}`,
    ],
    [
      `arn:aws-cn:iam::${A}:role/aws-reserved/sso.amazonaws.com/cn-north-1/AWSReservedSSO_A_1`,
      'STANDARD',
      `arn:aws-cn:sts::${A}:assumed-role/AWSReservedSSO_A_1/{{SessionName}}`,
    ],
    [`arn:aws:iam::${A}:user/alice`, 'STANDARD', `arn:aws:iam::${A}:user/alice`],
    [`arn:aws:iam::${A}:user/eng/alice`, 'STANDARD', `arn:aws:iam::${A}:user/eng/alice`],
    [`arn:aws:iam::${A}:role/nodes`, 'EC2_LINUX', 'system:node:{{EC2PrivateDNSName}}'],
    [`arn:aws:iam::${A}:role/nodes`, 'EC2_WINDOWS', 'system:node:{{EC2PrivateDNSName}}'],
    [`arn:aws:iam::${A}:role/pods`, 'FARGATE_LINUX', 'system:node:{{SessionName}}'],
    [`arn:aws:iam::${A}:role/hybrid`, 'HYBRID_LINUX', 'system:node:{{SessionName}}'],
  ])('%s (%s) → %s', (arn, type, value) => {
    expect(defaultUsername(arn, type)).toEqual({ ok: true, value });
  });

  it('defaults to STANDARD', () => {
    expect(defaultUsername(`arn:aws:iam::${A}:user/u`)).toEqual({
      ok: true,
      value: `arn:aws:iam::${A}:user/u`,
    });
  });

  it.each([
    [`arn:aws:iam::${A}:user/u`, 'EC2_LINUX', /needs an IAM role/],
    [`arn:aws:iam::${A}:role/r`, 'EC2', /no documented default username for access entry type EC2/],
    [`arn:aws:iam::${A}:role/r`, 'toString', /no documented default/],
    [`arn:aws:sts::${A}:assumed-role/r/s`, 'STANDARD', /not an IAM user or role ARN/],
    [`arn:aws:iam::${A}:root`, 'STANDARD', /not an IAM user or role ARN/],
    ['role/r', 'STANDARD', /arn: invalid prefix/],
  ])('%s (%s) is an error', (arn, type, error) => {
    expect(defaultUsername(arn, type)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });
});

describe('renderTemplate', () => {
  const caller = { accountId: A, sessionName: 'alice@example.com', accessKeyId: 'ASIAX' };
  it.each([
    ['{{AccountID}}', A],
    ['admin:{{SessionName}}', 'admin:alice-example.com'],
    ['{{SessionNameRaw}}', 'alice@example.com'],
    ['{{AccessKeyID}}/{{AccessKeyID}}', 'ASIAX/ASIAX'],
    ['{{ SessionName }}', '{{ SessionName }}'],
    ['plain', 'plain'],
  ])('%s → %s', (template, value) => {
    expect(renderTemplate(template, caller)).toEqual({ ok: true, value, needsEc2Lookup: false });
  });

  it('inserts values literally ($& in a session name)', () => {
    const r = renderTemplate('u:{{SessionName}}', { accountId: A, sessionName: 'a$&b' });
    expect(r).toMatchObject({ value: 'u:a$&b' });
  });

  it.each([
    ['i-0123456789abcdef0', true],
    ['i-01234567', true],
    ['i-012345678', false],
    ['gha-run-1', false],
    [undefined, false],
  ])('{{EC2PrivateDNSName}} with session %s: ok %s', (sessionName, ok) => {
    const r = renderTemplate('system:node:{{EC2PrivateDNSName}}', { accountId: A, sessionName });
    expect(r).toEqual(
      ok
        ? { ok, value: 'system:node:{{EC2PrivateDNSName}}', needsEc2Lookup: true }
        : { ok, error: 'SessionName did not contain an instance id' },
    );
  });

  it('lists unknown template variables', () => {
    expect(unknownTemplateVariables('{{AccountID}}-{{Account}}-{{ SessionName }}')).toEqual([
      '{{Account}}',
      '{{ SessionName }}',
    ]);
  });
});

describe('customUsernameProblem', () => {
  it.each([
    ['deployer', undefined],
    ['ci:{{SessionName}}', undefined],
    ['system:admin', /reserved prefix "system:"/],
    ['eks:x', /reserved prefix "eks:"/],
    ['amazon:x', /reserved prefix "amazon:"/],
    ['{{SessionName}}', /must come after a colon/],
    ['ci-{{SessionName}}', /must come after a colon/],
  ])('%s', (username, problem) => {
    const p = customUsernameProblem(username);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeUndefined();
  });
});

describe('authentication modes', () => {
  it.each([
    ['CONFIG_MAP', false, true],
    ['API_AND_CONFIG_MAP', true, true],
    ['API', true, false],
  ] as const)('%s: access entries %s, aws-auth %s', (mode, entries, awsAuth) => {
    expect(accessEntriesAvailable(mode)).toBe(entries);
    expect(awsAuthApplies(mode)).toBe(awsAuth);
  });
});

describe('effectiveMapping', () => {
  const entry: AccessEntry = {
    principalArn: `arn:aws:iam::${A}:role/team/deployer`,
    type: 'STANDARD',
    kubernetesGroups: ['deployers'],
  };
  const awsAuth: AwsAuthMapping = {
    source: 'mapRoles',
    username: 'from-aws-auth',
    groups: ['system:masters'],
    needsEc2Lookup: false,
    shadowed: [],
    deterministic: true,
  };
  const E = `arn:aws:sts::${A}:assumed-role/deployer/{{SessionName}}`;
  type Row = [
    AuthenticationMode | undefined,
    boolean,
    boolean,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  it.each<Row>([
    ['API', true, true, 'access-entry', 'access-entry', E, 'aws-auth'],
    ['API', true, false, 'access-entry', 'access-entry', E, undefined],
    ['API', false, true, 'none', 'aws-auth-ignored', undefined, 'aws-auth'],
    ['API', false, false, 'none', 'not-mapped', undefined, undefined],
    ['API_AND_CONFIG_MAP', true, true, 'access-entry', 'access-entry-wins', E, 'aws-auth'],
    ['API_AND_CONFIG_MAP', true, false, 'access-entry', 'access-entry', E, undefined],
    ['API_AND_CONFIG_MAP', false, true, 'aws-auth', 'aws-auth', 'from-aws-auth', undefined],
    ['API_AND_CONFIG_MAP', false, false, 'none', 'not-mapped', undefined, undefined],
    ['CONFIG_MAP', true, true, 'aws-auth', 'aws-auth', 'from-aws-auth', 'access-entry'],
    ['CONFIG_MAP', false, true, 'aws-auth', 'aws-auth', 'from-aws-auth', undefined],
    ['CONFIG_MAP', true, false, 'none', 'access-entries-unavailable', undefined, 'access-entry'],
    ['CONFIG_MAP', false, false, 'none', 'access-entries-unavailable', undefined, undefined],
    [undefined, true, true, 'access-entry', 'access-entry-wins', E, 'aws-auth'],
    [undefined, false, true, 'aws-auth', 'aws-auth', 'from-aws-auth', undefined],
  ])(
    '%s, entry %s, aws-auth %s → %s (%s)',
    (mode, hasEntry, hasAuth, source, reason, username, ignored) => {
      const m = effectiveMapping(mode, hasEntry ? entry : undefined, hasAuth ? awsAuth : undefined);
      expect(m).toMatchObject({ source, reason });
      expect(m.username).toBe(username);
      expect(m.ignored).toBe(ignored);
      if (mode === undefined) expect(m.detail).toMatch(/authentication mode unknown/);
    },
  );

  it('prefers a custom username, and passes an aws-auth render error through', () => {
    const custom = effectiveMapping('API', { ...entry, username: 'ci:{{SessionName}}' });
    expect(custom).toMatchObject({ username: 'ci:{{SessionName}}', groups: ['deployers'] });
    const error =
      'error rendering username template "x": SessionName did not contain an instance id';
    expect(effectiveMapping('CONFIG_MAP', undefined, { ...awsAuth, error })).toMatchObject({
      error,
    });
  });
});

describe('policyShortName', () => {
  it.each([
    [
      'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
      'AmazonEKSClusterAdminPolicy',
    ],
    ['arn:aws-us-gov:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', 'AmazonEKSViewPolicy'],
    ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/AdministratorAccess'],
  ])('%s → %s', (arn, name) => {
    expect(policyShortName(arn)).toBe(name);
  });
});
