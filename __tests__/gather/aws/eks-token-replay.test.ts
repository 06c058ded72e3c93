/** replayEksToken against moto on loopback (through the STS front in helpers/sts-front.ts). */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as http from 'node:http';
import type {
  AwsCredentials,
  ReplayOptions,
  ReplayResult,
} from '../../../src/gather/aws/eks-token.js';
import { eksToken, replayEksToken } from '../../../src/gather/aws/eks-token.js';
import { httpGet, type HttpGet } from '../../../src/gather/aws/http-get.js';
import type { Principal, Session } from '../../helpers/moto.js';
import { FAKE_CREDS, Moto, MOTO_ACCOUNT, runAws } from '../../helpers/moto.js';
import { eksTokenFromUrl } from '../../helpers/tokens.js';

let moto: Moto;
let role: Principal;
let session: Session;
let user: Principal;
let userKey: AwsCredentials;
beforeAll(async () => {
  moto = await Moto.start();
  role = await moto.createRole('deployer', { path: '/team/' });
  session = await moto.assumeRole(role.arn, 'ci-run');
  user = await moto.createUser('ci', { path: '/bots/' });
  userKey = await moto.createAccessKey('ci');
});
afterAll(async () => {
  await moto?.stop();
});

/** A fresh token signed for the front's loopback host, as the runner would sign it for STS. */
const fresh = (credentials: AwsCredentials, now = new Date(), clusterId = 'demo') =>
  eksToken({ clusterId, region: 'eu-west-1', credentials, now, host: moto.sts.host });
const replay = (token: string, clusterId = 'demo', opts: Partial<ReplayOptions> = {}) =>
  replayEksToken(token, clusterId, {
    timeoutMs: 5000,
    endpointOverride: moto.sts.endpoint,
    ...opts,
  });
/** Edits the URL inside a token and re-encodes it. */
const tamper = (token: string, edit: (url: string) => string) =>
  eksTokenFromUrl(edit(Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString()));

/** Neither the token, its URL, its signature nor its session token may leak into a result. */
function expectNoSecrets(result: ReplayResult, token: string): void {
  const url = Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString();
  const signature = /X-Amz-Signature=(\w+)/.exec(url)?.[1] ?? token;
  const text = JSON.stringify(result);
  for (const secret of [token, url, url.slice(url.indexOf('?')), signature, session.sessionToken])
    expect(text).not.toContain(secret);
  expect(text).not.toContain(encodeURIComponent(session.sessionToken));
}

describe('replayEksToken: fresh tokens replay to the caller', () => {
  it('an assumed role reads as the assumed-role ARN (no role path), RoleId:session', async () => {
    const { token, url } = fresh(session);
    moto.sts.received.splice(0);
    expect(await replay(token)).toEqual({
      ok: true,
      arn: `arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/deployer/ci-run`,
      account: MOTO_ACCOUNT,
      userId: `${role.id}:ci-run`,
    });
    // Sent as the authenticator sends it: same path and query, cluster header, JSON wanted.
    const [sent] = moto.sts.received;
    expect(sent?.url).toBe(url.slice(url.indexOf('/', 'https://'.length)));
    expect(sent?.headers).toMatchObject({ 'x-k8s-aws-id': 'demo', accept: 'application/json' });
  });

  it('an IAM user reads as the user ARN with its path', async () => {
    const identity = { arn: user.arn, account: MOTO_ACCOUNT, userId: user.id };
    expect(await replay(fresh(userKey).token)).toEqual({ ok: true, ...identity });
  });

  it('a token from the real `aws eks get-token` (assumed-role keys) replays to the same identity', async () => {
    const env = { ...moto.env(session), AWS_ENDPOINT_URL: moto.sts.endpoint };
    const out = await runAws(['eks', 'get-token', '--cluster-name', 'demo'], env);
    const { token } = (JSON.parse(out) as { status: { token: string } }).status;
    expect(await replay(token)).toMatchObject({ ok: true, arn: session.arn });
  });

  it('web-identity credentials replay to their assumed role', async () => {
    const gha = await moto.webIdentity(role.arn, 'gh-run', 'jwt-not-checked-by-moto');
    expect(await replay(fresh(gha).token)).toMatchObject({ ok: true, arn: gha.arn });
  });

  it('reads the XML answers of an STS that ignores Accept', async () => {
    const xmlOnly: HttpGet = (url, headers, timeoutMs) =>
      httpGet(url, { 'x-k8s-aws-id': headers['x-k8s-aws-id'] ?? '' }, timeoutMs);
    expect(await replay(fresh(session).token, 'demo', { get: xmlOnly })).toMatchObject({
      ok: true,
      arn: session.arn,
    });
    expect(await replay(fresh(session).token, 'other', { get: xmlOnly })).toMatchObject({
      ok: false,
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
  });
});

const flipSignature = (u: string) => u.replace(/[0-9a-f]$/, (c) => (c === '0' ? '1' : '0'));
/** Moves the signing time by a second or more (never onto itself: the last digit always changes). */
const moveDate = (u: string) =>
  u.replace(
    /(X-Amz-Date=\d{8}T\d{5})(\d)/,
    (_, head: string, d: string) => `${head}${d === '9' ? '8' : '9'}`,
  );
const raiseExpires = (u: string) => u.replace('X-Amz-Expires=60', 'X-Amz-Expires=900');
const stsHost = (u: string) => u.replace(/^https:\/\/[^/]+/, 'https://sts.eu-west-1.amazonaws.com');
const [SDM, ICT, MT] = ['SignatureDoesNotMatch', 'InvalidClientTokenId', 'MalformedToken'];

describe('replayEksToken: tampered or wrong tokens fail', () => {
  const edited = (edit: (u: string) => string, creds?: AwsCredentials) => () =>
    tamper(fresh(creds ?? session).token, edit);
  it.each<[string, () => string, string, string]>([
    ['replayed for another cluster', () => fresh(session).token, 'other', SDM],
    ['signature changed', edited(flipSignature), 'demo', SDM],
    ['X-Amz-Date moved', edited(moveDate), 'demo', SDM],
    ['X-Amz-Expires raised', edited(raiseExpires, userKey), 'demo', SDM],
    ['wrong secret', () => fresh({ ...userKey, secretAccessKey: 'x' }).token, 'demo', SDM],
    ['session token left out', () => fresh({ ...session, sessionToken: '' }).token, 'demo', ICT],
    ['key never issued', () => fresh(FAKE_CREDS).token, 'demo', ICT],
  ])('%s', async (_, make, cluster, code) => {
    const token = make();
    const result = await replay(token, cluster);
    expect(result).toMatchObject({ ok: false, status: 403, code });
    expectNoSecrets(result, token);
  });

  it('a token signed 16 minutes ago has expired', async () => {
    const { token } = fresh(session, new Date(Date.now() - 16 * 60e3));
    const result = await replay(token);
    const message = expect.stringMatching(
      /^error from AWS \(expected 200, got 403\): Signature expired: \d{8}T\d{6}Z is now earlier than/,
    );
    expect(result).toEqual({ ok: false, status: 403, code: 'SignatureDoesNotMatch', message });
  });

  it('moto without the front answers a presigned GET with S3 ListBuckets: not an identity', async () => {
    const { token } = fresh(session);
    const result = await replay(token, 'demo', { endpointOverride: moto.backend });
    expect(result).toEqual({
      ok: false,
      status: 200,
      code: 'MalformedResponse',
      message: 'the answer is not a GetCallerIdentity result (<ListAllMyBucketsResult>)',
    });
  });
});

describe('replayEksToken: refused before sending, network failures, throttling', () => {
  const noGet = jest.fn<HttpGet>();
  const made = () => fresh(session).token;
  const edited = (edit: (u: string) => string) => () => tamper(made(), (u) => edit(stsHost(u)));
  it.each<[string, () => string, string, RegExp]>([
    ['a host that is not STS', made, 'UntrustedHost', /token to "127\.0\.0\.1:\d+": not an/],
    ['no prefix', () => 'k8s-aws-v2.abc', MT, /missing expected "k8s-aws-v1\." prefix/],
    ['padding', () => `${made()}=`, MT, /illegal base64 data at input byte/],
    ['http', edited((u) => u.replace('https:', 'http:')), MT, /unexpected scheme "http"/],
    ['another path', edited((u) => u.replace('/?', '/x?')), MT, /unexpected path/],
    ['another action', edited((u) => u.replace('=GetCaller', '=Bogus')), MT, /unexpected action/],
    ['an extra parameter', edited((u) => `${u}&Policy=x`), MT, /non-whitelisted .* "policy"/],
    ['a duplicate parameter', edited((u) => `${u}&action=x`), MT, /duplicate .*: "action"/],
    ['unsigned cluster', edited((u) => u.replace('%3Bx-k8s-aws-id', '')), MT, /did not sign/],
  ])('%s', async (_, make, code, message) => {
    const token = make();
    const result = await replayEksToken(token, 'demo', { timeoutMs: 1000, get: noGet });
    expect(result).toEqual({ ok: false, status: 0, code, message: expect.stringMatching(message) });
    expect(noGet).not.toHaveBeenCalled();
    expectNoSecrets(result, token);
  });

  it('a real STS host goes out with the exact URL (GET injected)', async () => {
    const made = eksToken({
      clusterId: 'demo',
      region: 'eu-west-1',
      credentials: session,
      now: new Date(),
    });
    const identity = { Arn: 'arn:aws:iam::1:user/u', Account: '1', UserId: 'AIDA' };
    const json = { GetCallerIdentityResponse: { GetCallerIdentityResult: identity } };
    const seen = jest.fn<HttpGet>(async () => ({ status: 200, body: JSON.stringify(json) }));
    expect(await replayEksToken(made.token, 'demo', { timeoutMs: 1000, get: seen })).toEqual({
      ok: true,
      arn: identity.Arn,
      account: '1',
      userId: 'AIDA',
    });
    expect(seen.mock.calls[0]?.[0]).toBe(made.url);
  });

  it('times out, and reports a closed port, without the token', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const endpointOverride = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const { token } = fresh(session);
    const late = await replay(token, 'demo', { timeoutMs: 200, endpointOverride });
    silent.closeAllConnections();
    silent.close();
    expect(late).toMatchObject({ ok: false, status: 0, code: 'Timeout' });
    const closed = await replay(token, 'demo', { endpointOverride });
    const message = expect.stringMatching(/^cannot reach 127\.0\.0\.1:\d+: ECONNREFUSED$/);
    expect(closed).toEqual({ ok: false, status: 0, code: 'NetworkError', message });
    expectNoSecrets(closed, token);
  });

  it('Throttling and AWS errors keep STS code and message', async () => {
    const error =
      '<Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>';
    const body = `<ErrorResponse>${error}</Error></ErrorResponse>`;
    const throttled = jest.fn<HttpGet>(async () => ({ status: 400, body }));
    const message = 'error from AWS (expected 200, got 400): Rate exceeded';
    expect(await replay(fresh(session).token, 'demo', { get: throttled })).toEqual({
      ok: false,
      status: 400,
      code: 'Throttling',
      message,
    });
  });
});
