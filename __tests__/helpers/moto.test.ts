/** The moto harness itself: IAM/STS on loopback, seen through the real aws CLI. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { FAKE_CREDS, Moto, MOTO_ACCOUNT, runAws } from './moto.js';
import { presignEksUrl } from './tokens.js';

let moto: Moto;
beforeAll(async () => {
  moto = await Moto.start();
});
afterAll(async () => {
  await moto?.stop();
});

const callerOf = async (creds = FAKE_CREDS) => moto.aws(['sts', 'get-caller-identity'], creds);

describe('Moto harness', () => {
  it('listens on loopback and gives the CLI a sealed environment', () => {
    expect(moto.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(moto.sts.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const env = moto.env();
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: FAKE_CREDS.accessKeyId,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(env.AWS_SESSION_TOKEN).toBeUndefined();
    for (const file of [env.AWS_CONFIG_FILE, env.AWS_SHARED_CREDENTIALS_FILE]) {
      expect(readFileSync(file ?? '', 'utf8')).toBe('');
    }
    expect(moto.env({ ...FAKE_CREDS, sessionToken: 'tok' }).AWS_SESSION_TOKEN).toBe('tok');
  });

  it('refuses to run the CLI against anything but loopback', () => {
    const env = { ...moto.env(), AWS_ENDPOINT_URL: 'https://sts.amazonaws.com' };
    expect(() => runAws(['sts', 'get-caller-identity'], env)).toThrow(/loopback/);
    expect(() => runAws(['sts', 'get-caller-identity'], { AWS_REGION: 'eu-west-1' })).toThrow(
      /loopback/,
    );
  });

  it('creates a role with a path; AssumeRole → GetCallerIdentity via the CLI is the assumed role', async () => {
    const role = await moto.createRole('deployer', { path: '/team/' });
    expect(role).toMatchObject({
      arn: `arn:aws:iam::${MOTO_ACCOUNT}:role/team/deployer`,
      path: '/team/',
    });
    expect(role.id).toMatch(/^AROA/);
    const got = await moto.aws(['iam', 'get-role', '--role-name', 'deployer']);
    expect(got).toMatchObject({ Role: { Arn: role.arn, Path: '/team/' } });

    const session = await moto.assumeRole(role.arn, 'run-1');
    expect(session.accessKeyId).toMatch(/^ASIA/);
    expect(session.sessionToken).not.toBe('');
    // STS assumed-role ARNs never carry the role path.
    expect(session.arn).toBe(`arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/deployer/run-1`);
    expect(await callerOf(session)).toEqual({
      UserId: `${role.id}:run-1`,
      Account: MOTO_ACCOUNT,
      Arn: session.arn,
    });
  });

  it('creates a user with a path and keys; GetCallerIdentity keeps the path', async () => {
    const user = await moto.createUser('ci', { path: '/bots/' });
    expect(user).toMatchObject({
      arn: `arn:aws:iam::${MOTO_ACCOUNT}:user/bots/ci`,
      path: '/bots/',
    });
    const key = await moto.createAccessKey('ci');
    expect(key.accessKeyId).toMatch(/^AKIA/);
    expect(moto.keys.get(key.accessKeyId)).toEqual(key);
    expect(await callerOf(key)).toEqual({ UserId: user.id, Account: MOTO_ACCOUNT, Arn: user.arn });
    // moto does not check signatures by default: a wrong secret still reads as the user.
    expect(await callerOf({ ...key, secretAccessKey: 'wrong' })).toMatchObject({ Arn: user.arn });
    // A key moto never issued is its default identity.
    expect(await callerOf()).toMatchObject({ Arn: `arn:aws:sts::${MOTO_ACCOUNT}:user/moto` });
  });

  it('AssumeRoleWithWebIdentity gives assumed-role credentials', async () => {
    const role = await moto.createRole('gha', { path: '/ci/' });
    const session = await moto.webIdentity(role.arn, 'gh-run', 'not-checked-by-moto');
    expect(session.arn).toBe(`arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/gha/gh-run`);
    expect(await callerOf(session)).toMatchObject({
      Arn: session.arn,
      UserId: `${role.id}:gh-run`,
    });
  });

  it('moto answers a presigned GET with S3 ListBuckets and ignores Accept: application/json', async () => {
    await moto.createUser('presigner', { path: '/bots/' });
    const key = await moto.createAccessKey('presigner');
    const host = moto.backend.slice('http://'.length);
    const url = presignEksUrl({ date: new Date(), host, ...key }).replace(/^https/, 'http');
    const headers = { 'x-k8s-aws-id': 'demo', accept: 'application/json' };
    const presigned = await fetch(url, { headers });
    expect(presigned.status).toBe(200);
    expect(await presigned.text()).toContain('<ListAllMyBucketsResult');

    const scope = `20261124/eu-west-1/sts/aws4_request`;
    const authorization = `AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/${scope}, SignedHeaders=host, Signature=0`;
    const post = (body: string) =>
      fetch(`${moto.backend}/`, {
        method: 'POST',
        headers: { ...headers, authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }).then((r) => r.text());
    const query = 'Action=GetCallerIdentity&Version=2011-06-15';
    expect(await post(query)).toMatch(/^<GetCallerIdentityResponse/);
    expect(JSON.parse(await post(`${query}&ContentType=JSON`))).toMatchObject({
      GetCallerIdentityResponse: {
        GetCallerIdentityResult: { Arn: expect.stringMatching(/user\/bots\/presigner$/) },
      },
    });
  });

  it('reset() forgets every resource and key', async () => {
    await moto.createRole('temp');
    await moto.reset();
    expect(moto.keys.size).toBe(0);
    await expect(moto.aws(['iam', 'get-role', '--role-name', 'temp'])).rejects.toThrow(
      /NoSuchEntity/,
    );
  });
});
