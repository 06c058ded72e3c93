/** Tokens the aws-iam-authenticator stand-in refuses, and the stand-in behind a real apiserver. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startCluster, type Cluster } from '../cluster.js';
import { FAKE_CREDS, MOTO_ACCOUNT, type AwsCreds } from '../moto.js';
import { eksTokenFromUrl } from '../tokens.js';
import { awsIamAuthenticator, type AwsIamAuthenticatorOptions } from './aws-authenticator.js';
import {
  authenticate,
  mapRoles,
  motoFixture,
  options,
  ROLE,
  tokenFor,
} from './aws-authenticator-fixture.js';

const f = motoFixture();
const auth = (token: string, over?: Partial<AwsIamAuthenticatorOptions>) =>
  authenticate(f, token, over);
const token = (creds: AwsCreds, o?: { now?: Date; clusterId?: string }) => tokenFor(f, creds, o);

describe('tokens the authenticator (or STS) refuses', () => {
  const STS_FAILED = 'sts getCallerIdentity failed: error from AWS (expected 200, got 403)';
  beforeEach(() => {
    f.state.data = {
      mapRoles: mapRoles(ROLE('deploy'), 'deployer'),
      mapAccounts: `- ${MOTO_ACCOUNT}`,
    };
  });

  it('a token for another cluster fails the signature at STS', async () => {
    const answer = await auth(token(f.ci, { clusterId: 'staging' }));
    expect(answer).toEqual({
      error: expect.stringContaining(`${STS_FAILED} on eu-west-1 endpoint.`),
    });
    expect(answer).toEqual({ error: expect.stringContaining('"Code":"SignatureDoesNotMatch"') });
  });

  it('a key STS never issued is refused by STS', async () => {
    expect(await auth(token(FAKE_CREDS))).toEqual({
      error: expect.stringMatching(
        /got 403\) on eu-west-1 endpoint\. Body: .*InvalidClientTokenId/,
      ),
    });
  });

  it('X-Amz-Date older than 15 minutes on the server clock is refused before STS is asked', async () => {
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 16 * 60_000);
    const sent = f.moto.sts.received.length;
    const go = signedAt.toISOString().replace('T', ' ').replace('.000Z', ' +0000 UTC');
    const expired = `input token was not properly formatted: X-Amz-Date parameter is expired (15 minute expiration) ${go}`;
    expect(await auth(token(f.ci, { now: signedAt }))).toEqual({ error: expired });
    const late = () => Date.now() + 16 * 60_000;
    expect(await auth(token(f.ci), { now: late })).toMatchObject({ error: /is expired/ });
    expect(f.moto.sts.received.length).toBe(sent);
    const fourteen = new Date(Date.now() - 14 * 60_000);
    expect(await auth(token(f.ci, { now: fourteen }))).toMatchObject({ user: {} });
  });

  const edit = (t: string, f: (url: string) => string) =>
    eksTokenFromUrl(f(Buffer.from(t.slice('k8s-aws-v1.'.length), 'base64url').toString()));
  it.each<[string, (t: string) => string, string]>([
    ['another prefix', (t) => t.replace('v1.', 'v2.'), 'missing expected "k8s-aws-v1." prefix'],
    ['padding', (t) => `${t}=`, 'illegal base64 data at input byte'],
    [
      'a host not allowed',
      (t) => edit(t, (u) => u.replace(/\/\/[^/]+/, '//sts.amazonaws.com')),
      'unexpected hostname "sts.amazonaws.com"',
    ],
    ['http', (t) => edit(t, (u) => u.replace('https:', 'http:')), 'unexpected scheme "http"'],
    [
      'another action',
      (t) => edit(t, (u) => u.replace('=GetCallerIdentity', '=GetSessionToken')),
      'unexpected action parameter',
    ],
    [
      'unsigned cluster id',
      (t) => edit(t, (u) => u.replace('%3Bx-k8s-aws-id', '')),
      'did not sign the x-k8s-aws-id header',
    ],
    [
      'an extra parameter',
      (t) => edit(t, (u) => `${u}&Policy=x`),
      'non-whitelisted query parameter "Policy"',
    ],
  ])('%s', async (_, tamper, message) => {
    const sent = f.moto.sts.received.length;
    const answer = await auth(tamper(token(f.ci)));
    expect(answer).toEqual({ error: expect.stringContaining(message) });
    expect(answer).toEqual({
      error: expect.stringMatching(/^input token was not properly formatted: /),
    });
    expect(f.logs).toEqual([
      expect.stringMatching(/^time="[^"]+" level=warning msg="access denied" error=/),
    ]);
    expect(f.moto.sts.received.length).toBe(sent);
  });
});

const bin = process.env.KUBE_PREFLIGHT_CLUSTER_BIN;
const withCluster = bin && existsSync(join(bin, 'kube-apiserver')) ? describe : describe.skip;

withCluster('behind the real kube-apiserver (TokenReview webhook)', () => {
  let cluster: Cluster;
  const AWS_AUTH = '/api/v1/namespaces/kube-system/configmaps/aws-auth';
  beforeAll(async () => {
    cluster = await startCluster();
  }, 120_000);
  afterAll(async () => cluster?.stop(), 30_000);

  it('reads aws-auth from the apiserver; a mapped role gets its user, a pathed mapping 401', async () => {
    const data = {
      mapRoles:
        mapRoles(ROLE('deployer'), 'deployer:{{SessionName}}', ['deployers']) +
        mapRoles(f.pathed.arn, 'ci-deployer', ['deployers']),
    };
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth' }, data };
    await cluster.api('POST', '/api/v1/namespaces/kube-system/configmaps', cm);
    const awsAuth = async () => {
      const r = await cluster.api<{ data?: Record<string, string> }>('GET', AWS_AUTH);
      return r.status === 200 ? r.body.data : undefined;
    };
    cluster.webhook.setAuthenticator(awsIamAuthenticator(options(f, { awsAuth })));
    f.state.mode = 'CONFIG_MAP';
    expect(await cluster.review({ token: token(f.alice) })).toEqual({
      status: 201,
      user: {
        username: 'deployer:alice-example.com',
        uid: `aws-iam-authenticator:${MOTO_ACCOUNT}:${f.plain.id}`,
        groups: ['deployers', 'system:authenticated'],
        extra: expect.objectContaining({ canonicalArn: [ROLE('deployer')] }),
      },
    });
    const unmapped = await cluster.review({ token: token(f.ci) });
    expect(unmapped).toEqual({ status: 401, message: 'Unauthorized' });
    expect(f.logs.at(-1)).toContain(`arn="${ROLE('deploy')}" error="identity is not mapped"`);
  });
});
