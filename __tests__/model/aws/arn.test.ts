import { describe, expect, it } from '@jest/globals';
import {
  accountOf,
  arnFix,
  arnLike,
  canonicalizeArn,
  isKnownPartition,
  isSsoRoleArn,
  parseArn,
  partitionOf,
  stripPath,
} from '../../../src/model/aws/arn.js';

const SSO = 'AWSReservedSSO_AdministratorAccess_0123456789abcdef';

describe('parseArn', () => {
  it('splits into six sections; the resource keeps its colons', () => {
    expect(parseArn('arn:aws:logs:eu-west-1:123456789012:log-group:/a/b:*')).toEqual({
      ok: true,
      value: {
        partition: 'aws',
        service: 'logs',
        region: 'eu-west-1',
        account: '123456789012',
        resource: 'log-group:/a/b:*',
      },
    });
    expect(parseArn('arn:aws:s3:::bucket')).toMatchObject({
      ok: true,
      value: { region: '', account: '', resource: 'bucket' },
    });
  });

  it.each([
    ['NOT AN ARN', 'arn: invalid prefix'],
    ['ARN:aws:iam::123456789012:root', 'arn: invalid prefix'],
    ['arn:aws:iam::123456789012', 'arn: not enough sections'],
    ['arn:aws', 'arn: not enough sections'],
  ])('%s → %s', (arn, error) => {
    expect(parseArn(arn)).toEqual({ ok: false, error });
  });
});

describe('canonicalizeArn', () => {
  // The authenticator's own table (pkg/arn/arn_test.go), then partitions, SSO and paths.
  it.each([
    ['arn:aws:iam::123456789012:user/Alice', 'arn:aws:iam::123456789012:user/Alice', 'user'],
    ['arn:aws:iam::123456789012:role/Users', 'arn:aws:iam::123456789012:role/Users', 'role'],
    [
      'arn:aws:sts::123456789012:assumed-role/Admin/Session',
      'arn:aws:iam::123456789012:role/Admin',
      'assumed-role',
    ],
    [
      'arn:aws:sts::123456789012:federated-user/Bob',
      'arn:aws:sts::123456789012:federated-user/Bob',
      'federated-user',
    ],
    ['arn:aws:iam::123456789012:root', 'arn:aws:iam::123456789012:root', 'root'],
    [
      'arn:aws:sts::123456789012:assumed-role/Org/Team/Admin/Session',
      'arn:aws:iam::123456789012:role/Org/Team/Admin',
      'assumed-role',
    ],
    [
      'arn:aws-iso:iam::123456789012:user/Chris',
      'arn:aws-iso:iam::123456789012:user/Chris',
      'user',
    ],
    [
      'arn:aws-iso-b:iam::123456789012:user/Chris',
      'arn:aws-iso-b:iam::123456789012:user/Chris',
      'user',
    ],
    [
      'arn:aws-us-gov:sts::123456789012:assumed-role/Deployer/gha-run-42',
      'arn:aws-us-gov:iam::123456789012:role/Deployer',
      'assumed-role',
    ],
    [
      'arn:aws-cn:sts::123456789012:assumed-role/Deployer/i-0abc',
      'arn:aws-cn:iam::123456789012:role/Deployer',
      'assumed-role',
    ],
    ['arn:aws-eusc:iam::123456789012:role/Ops', 'arn:aws-eusc:iam::123456789012:role/Ops', 'role'],
    [
      'arn:aws:iam::123456789012:user/engineering/alice',
      'arn:aws:iam::123456789012:user/engineering/alice',
      'user',
    ],
    [
      'arn:aws:iam::123456789012:role/team/deployer',
      'arn:aws:iam::123456789012:role/team/deployer',
      'role',
    ],
    [
      `arn:aws:sts::123456789012:assumed-role/${SSO}/alice@example.com`,
      `arn:aws:iam::123456789012:role/${SSO}`,
      'assumed-role',
    ],
  ])('%s → %s', (arn, value, type) => {
    expect(canonicalizeArn(arn)).toEqual({ ok: true, value, type });
  });

  it.each([
    ['NOT AN ARN', "arn 'NOT AN ARN' is invalid: 'arn: invalid prefix'"],
    [
      'arn:aws:iam::123456789012',
      "arn 'arn:aws:iam::123456789012' is invalid: 'arn: not enough sections'",
    ],
    [
      'arn:aws-mars:iam::123456789012:root',
      "arn 'arn:aws-mars:iam::123456789012:root' does not have a recognized partition",
    ],
    [
      'arn:aws:sts::123456789012:assumed-role/Admin',
      "assumed-role arn 'arn:aws:sts::123456789012:assumed-role/Admin' does not have a role",
    ],
    ['arn:aws:sts::123456789012:session/x', 'unrecognized resource session/x for service sts'],
    ['arn:aws:iam::123456789012:group/devs', 'unrecognized resource group/devs for service iam'],
    ['arn:aws:iam::123456789012:', 'unrecognized resource  for service iam'],
    [
      'arn:aws:s3:::bucket',
      'service s3 in arn arn:aws:s3:::bucket is not a valid service for identities',
    ],
    [
      'arn:aws:IAM::123456789012:root',
      'service IAM in arn arn:aws:IAM::123456789012:root is not a valid service for identities',
    ],
  ])('%s is an error', (arn, error) => {
    expect(canonicalizeArn(arn)).toEqual({ ok: false, error });
  });
});

describe('stripPath', () => {
  it.each([
    ['arn:aws:iam::123456789012:role/Org/Team/Admin', 'arn:aws:iam::123456789012:role/Admin'],
    ['arn:aws:iam::123456789012:role/Admin', 'arn:aws:iam::123456789012:role/Admin'],
    ['arn:aws:iam::123456789012:user/Alice', 'arn:aws:iam::123456789012:user/Alice'],
    ['arn:aws:iam::123456789012:user/a/b/Alice', 'arn:aws:iam::123456789012:user/a/b/Alice'],
    [
      'arn:aws:sts::123456789012:federated-user/Bob',
      'arn:aws:sts::123456789012:federated-user/Bob',
    ],
    [
      `arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/${SSO}`,
      `arn:aws:iam::123456789012:role/${SSO}`,
    ],
    ['arn:aws-cn:iam::123456789012:role/x/y', 'arn:aws-cn:iam::123456789012:role/y'],
  ])('%s → %s', (arn, value) => {
    expect(stripPath(arn)).toEqual({ ok: true, value });
  });

  it.each(['NOT AN ARN', 'arn:aws-mars:iam::123456789012:role/a/b'])('%s is an error', (arn) => {
    expect(stripPath(arn).ok).toBe(false);
  });
});

describe('isSsoRoleArn', () => {
  it.each([
    [`arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/${SSO}`, true],
    [`arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/${SSO}`, true],
    [`arn:aws:iam::123456789012:role/${SSO}`, true],
    [`arn:aws:sts::123456789012:assumed-role/${SSO}/alice@example.com`, true],
    ['arn:aws:iam::123456789012:role/Admin', false],
    ['arn:aws:iam::123456789012:user/AWSReservedSSO_x', false],
    ['arn:aws:iam::123456789012:role/team/AWSReservedSSO_x_1', false],
    ['not an arn', false],
  ])('%s → %s', (arn, sso) => {
    expect(isSsoRoleArn(arn)).toBe(sso);
  });
});

describe('partitionOf, accountOf, isKnownPartition', () => {
  it.each([
    ['arn:aws-us-gov:iam::123456789012:root', 'aws-us-gov', '123456789012'],
    ['arn:aws-cn:sts::210987654321:assumed-role/r/s', 'aws-cn', '210987654321'],
    ['arn:aws:s3:::bucket', 'aws', undefined],
    ['nope', undefined, undefined],
  ])('%s', (arn, partition, account) => {
    expect(partitionOf(arn)).toBe(partition);
    expect(accountOf(arn)).toBe(account);
  });

  it('knows the eight partitions and nothing else', () => {
    const known = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e'];
    for (const p of [...known, 'aws-iso-f', 'aws-eusc']) expect(isKnownPartition(p)).toBe(true);
    for (const p of ['', 'AWS', 'aws-mars']) expect(isKnownPartition(p)).toBe(false);
  });
});

describe('arnFix', () => {
  it.each([
    [
      'arn:aws:iam::1:role/team/deployer',
      { reason: 'role-path', fixedArn: 'arn:aws:iam::1:role/deployer' },
    ],
    [
      'arn:aws:sts::1:assumed-role/deployer/gha',
      { reason: 'sts-arn', fixedArn: 'arn:aws:iam::1:role/deployer' },
    ],
    [
      `arn:aws:iam::1:role/aws-reserved/sso.amazonaws.com/us-east-2/${SSO}`,
      { reason: 'sso-path', fixedArn: `arn:aws:iam::1:role/${SSO}` },
    ],
    ['arn:aws:iam::1:role/deployer', undefined],
    ['arn:aws:iam::1:user/team/alice', undefined],
    ['arn:aws:iam::1:root', undefined],
    ['garbage', undefined],
  ])('%s', (arn, fix) => {
    expect(arnFix(arn)).toEqual(fix);
  });
});

describe('arnLike', () => {
  // The authenticator's pkg/arn/arnlike_test.go cases.
  const arn = 'arn:aws:iam::000000000000:role/some-role';
  const wacky = 'arn:aws:testservice::000000000000:some/wacky-new-[resource]{with}\\metacharacters';
  it.each([
    [arn, arn, true],
    [arn, 'arn:aws:iam::000000000000:*', true],
    [arn, 'arn:*:*:*:*:*', true],
    [arn, 'arn:aws:iam::000000000000:**', true],
    [arn, 'arn:aws:iam::000000000000:*role*', true],
    [arn, 'arn:aws:iam::000000000000:ro*', true],
    [arn, 'arn:aws:iam::000000000000:??????????????', true],
    [wacky, wacky, true],
    [wacky, 'arn:aws:testservice::000000000000:some/wacky-new-[reso*', true],
    ['arn:aws:iam::111111111111:role/some-role', arn, false],
    [
      'arn:aws:testservice::000000000000:some/wacky:resource:with:colon:delims',
      'arn:aws:testservice::**:delims',
      false,
    ],
    [arn, 'arn:aws:iam::000000000000:Role/*', false],
    ['not an arn', 'arn:*:*:*:*:*', false],
  ])('%s ~ %s → %s', (subject, pattern, like) => {
    expect(arnLike(subject, pattern)).toBe(like);
  });
});
