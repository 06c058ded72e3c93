import { describe, expect, it } from '@jest/globals';
import {
  type AwsAuthCaller,
  mapIdentity,
  nearMisses,
  parseAwsAuth,
} from '../../../src/model/aws/aws-auth.js';

const ACCT = '012345678912';
const SSO = 'AWSReservedSSO_ViewOnlyAccess_123123123';

/** A caller as GetCallerIdentity + Canonicalize describe it. */
function role(name: string, session = 'gha-run', account = ACCT): AwsAuthCaller {
  return {
    arn: `arn:aws:sts::${account}:assumed-role/${name}/${session}`,
    canonicalArn: `arn:aws:iam::${account}:role/${name}`,
    accountId: account,
    sessionName: session,
    accessKeyId: 'ASIAEXAMPLE',
  };
}
function user(path: string): AwsAuthCaller {
  const arn = `arn:aws:iam::${ACCT}:user/${path}`;
  return { arn, canonicalArn: arn, accountId: ACCT, accessKeyId: 'AKIAEXAMPLE' };
}

const mapRoles = `
- rolearn: arn:aws:iam::${ACCT}:role/KubeAdmin
  username: admin:{{SessionName}}
  groups: [system:masters, "acct-{{AccountID}}"]
- rolearn: arn:aws:iam::${ACCT}:role/computer
  username: computer
  groups: [system:nodes]
- rolearn: arn:aws:iam::${ACCT}:role/nodes
  username: system:node:{{EC2PrivateDNSName}}
  groups: [system:bootstrappers, system:nodes]
- rolearn: arn:aws:iam::${ACCT}:role/raw
  username: "{{SessionNameRaw}} {{AccessKeyID}}"
- rolearn: arn:aws:iam::${ACCT}:role/team/deployer
  username: deployer
- rolearn: arn:aws:sts::${ACCT}:assumed-role/ci/old-session
  username: ci
- rolearn: arn:aws:iam::${ACCT}:role/aws-reserved/sso.amazonaws.com/eu-west-1/${SSO}
  username: sso-user
- sso: {permissionSetName: ViewOnlyAccess, accountID: "${ACCT}"}
  username: television
  groups: [system:nodes]
- rolearn: arn:aws:iam::${ACCT}:role/both
  username: from-roles
`;
const mapUsers = `
- userarn: arn:aws:iam::${ACCT}:user/matt
  username: matlan
  groups: [system:master, dev]
- userarn: arn:aws:iam::${ACCT}:user/Shanice
  username: Shanice
- userarn: arn:aws:iam::${ACCT}:user/alice
  username: alice
- userarn: arn:aws:iam::${ACCT}:role/both
  username: from-users
`;
const cfg = parseAwsAuth({ mapRoles, mapUsers, mapAccounts: '- "123456789012"\n' });

describe('mapIdentity', () => {
  it.each([
    [
      'a role, templates rendered (@ → -)',
      role('KubeAdmin', 'alice@example.com'),
      'mapRoles',
      'admin:alice-example.com',
      ['system:masters', `acct-${ACCT}`],
    ],
    [
      'case-insensitive ARN match',
      role('kubeadmin', 'x'),
      'mapRoles',
      'admin:x',
      ['system:masters', `acct-${ACCT}`],
    ],
    [
      'SessionNameRaw keeps @, AccessKeyID',
      role('raw', 'bob@corp'),
      'mapRoles',
      'bob@corp ASIAEXAMPLE',
      [],
    ],
    ['an IAM user', user('matt'), 'mapUsers', 'matlan', ['system:master', 'dev']],
    ['a user ARN in another case', user('shanice'), 'mapUsers', 'Shanice', []],
    ['roles before users', role('both'), 'mapRoles', 'from-roles', []],
    [
      'mapAccounts: canonical ARN, no groups',
      role('any', 's', '123456789012'),
      'mapAccounts',
      'arn:aws:iam::123456789012:role/any',
      [],
    ],
  ])('%s', (_, caller, source, username, groups) => {
    expect(mapIdentity(cfg, caller)).toMatchObject({ source, username, groups });
  });

  it('is undefined for an unmapped principal in an unlisted account', () => {
    expect(mapIdentity(cfg, role('nobody'))).toBeUndefined();
    expect(mapIdentity(cfg, user('team/alice'))).toBeUndefined();
  });

  it('leaves {{EC2PrivateDNSName}} for the EC2 lookup, if the session is an instance id', () => {
    expect(mapIdentity(cfg, role('nodes', 'i-0123456789abcdef0'))).toMatchObject({
      username: 'system:node:{{EC2PrivateDNSName}}',
      needsEc2Lookup: true,
    });
    expect(mapIdentity(cfg, role('nodes', 'i-01234567'))?.needsEc2Lookup).toBe(true);
    expect(mapIdentity(cfg, role('nodes', 'gha-run'))).toMatchObject({
      source: 'mapRoles',
      username: '',
      error:
        'error rendering username template "system:node:{{EC2PrivateDNSName}}": SessionName did not contain an instance id',
    });
  });

  it('matches an sso entry only with the SSORoleMatch gate on', () => {
    const sso = role(SSO);
    expect(mapIdentity(cfg, sso)).toBeUndefined();
    expect(mapIdentity(cfg, sso, { ssoMatch: true })).toMatchObject({ username: 'television' });
    const billing = role('AWSReservedSSO_Billing_hijklmn');
    expect(mapIdentity(cfg, billing, { ssoMatch: true })).toBeUndefined();
  });

  it('never matches an sso entry with a partition (SSOArnLike quirk)', () => {
    const gov = parseAwsAuth({
      mapRoles: `- sso: {permissionSetName: Admin, accountID: "${ACCT}", partition: aws-us-gov}\n  username: gov\n`,
    });
    const caller = role('AWSReservedSSO_Admin_abc');
    caller.canonicalArn = caller.canonicalArn.replace(':aws:', ':aws-us-gov:');
    expect(mapIdentity(gov, caller, { ssoMatch: true })).toBeUndefined();
    expect(gov.roles[0]?.arn).toBe(`arn::iam::${ACCT}:role/awsreservedsso_admin_*`);
  });

  it('uses the last of entries with the same key; userarn case variants are a coin toss', () => {
    const dup = parseAwsAuth({
      mapRoles: `- rolearn: arn:aws:iam::${ACCT}:role/ci\n  username: first\n- rolearn: arn:aws:iam::${ACCT}:role/CI\n  username: second\n`,
      mapUsers: `- userarn: arn:aws:iam::${ACCT}:user/bob\n  username: a\n- userarn: arn:aws:iam::${ACCT}:user/BOB\n  username: b\n`,
    });
    const r = mapIdentity(dup, role('ci'));
    expect(r).toMatchObject({ username: 'second', deterministic: true });
    expect(r?.shadowed.map((e) => e.username)).toEqual(['first']);
    expect(mapIdentity(dup, user('bob'))).toMatchObject({ deterministic: false });
  });
});

describe('nearMisses', () => {
  it.each([
    ['a role written with its path', role('deployer'), 'role-path', 'line 13 of mapRoles'],
    ['an STS session ARN as rolearn', role('ci', 'new-session'), 'sts-arn', 'line 15 of mapRoles'],
    ['an SSO role with its aws-reserved path', role(SSO), 'sso-path', 'line 17 of mapRoles'],
    ['a user without its path', user('team/alice'), 'user-path', 'line 7 of mapUsers'],
    ['a case-only difference', role('kubeadmin'), 'case', 'line 2 of mapRoles'],
  ])('%s', (_, caller, reason, where) => {
    const misses = nearMisses(cfg, caller);
    expect(misses).toContainEqual(
      expect.objectContaining({ reason, fixedArn: caller.canonicalArn }),
    );
    expect(misses.find((m) => m.reason === reason)?.detail).toContain(where);
  });

  it('names the sso matcher when the gate is off, and nothing when it is on', () => {
    expect(nearMisses(cfg, role(SSO)).map((m) => m.reason)).toEqual(['sso-path', 'sso-matcher']);
    expect(nearMisses(cfg, role(SSO), { ssoMatch: true }).map((m) => m.reason)).toEqual([
      'sso-path',
    ]);
  });

  it('is empty for an exact match and for a stranger', () => {
    expect(nearMisses(cfg, role('computer'))).toEqual([]);
    expect(nearMisses(cfg, role('nobody'))).toEqual([]);
    expect(nearMisses(cfg, user('bob'))).toEqual([]);
  });
});
