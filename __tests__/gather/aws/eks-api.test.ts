/** The EKS API side of the gather, through the real AWS SDK against moto and the EKS emulator front. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { eksToken } from '../../../src/gather/aws/eks-token.js';
import { gatherAws } from '../../../src/gather/aws/index.js';
import type { ClusterToken } from '../../../src/gather/aws/token-identity.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import type { EksTarget } from '../../../src/model/aws/eks-detect.js';
import { withAwsEnv } from '../../helpers/aws-env.js';
import { createEksCluster } from '../../helpers/aws-front.js';
import { Moto, type Session } from '../../helpers/moto.js';
import { b64, makeCA } from '../../helpers/pki.js';

let moto: Moto;
let session: Session;
let roleArn: string;
const ca = makeCA({ cn: 'kubernetes' });
const eks: EksTarget = { clusterName: 'prod', authenticator: 'aws-cli', signals: ['test'] };
const ENDPOINT = 'https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com';

const createCluster = (name = 'prod') =>
  createEksCluster(moto, name, {
    endpoint: ENDPOINT,
    certificateAuthority: { data: b64(ca.certPem) },
    logging: { clusterLogging: [{ types: ['api', 'authenticator'], enabled: true }] },
  });

beforeAll(async () => {
  moto = await Moto.start();
}, 60_000);
afterAll(async () => moto?.stop());
beforeEach(async () => {
  await moto.reset();
  const role = await moto.createRole('deploy', { path: '/team/' });
  roleArn = role.arn;
  session = await moto.assumeRole(role.arn, 'ci-run');
  await createCluster();
});

async function gather(target: EksTarget = eks) {
  const secrets = new SecretSet(() => undefined);
  return withAwsEnv(moto.env(session), () =>
    gatherAws(target, {
      env: process.env,
      secrets,
      deadline: Date.now() + 15_000,
      now: () => Date.now(),
    }),
  );
}

describe('gatherAws: what waits for the exec plugin', () => {
  it('asks for the caller and the cluster while the token is still coming; the entry after it', async () => {
    moto.front.putAccessEntry('prod', { principalArn: roleArn, kubernetesGroups: ['deployers'] });
    let tokenAt = 0;
    const token = new Promise<undefined>((resolve) =>
      setTimeout(() => {
        tokenAt = Date.now();
        resolve(undefined);
      }, 700),
    );
    moto.front.received.splice(0);
    const secrets = new SecretSet(() => undefined);
    const facts = await withAwsEnv(moto.env(session), () =>
      gatherAws(eks, {
        env: process.env,
        secrets,
        deadline: Date.now() + 15_000,
        now: () => Date.now(),
        token,
      }),
    );
    expect(facts.eksApi?.accessEntry).toMatchObject({ ok: true, value: { principalArn: roleArn } });
    const at = (action: string) => moto.front.received.find((r) => r.action === action)?.at ?? NaN;
    for (const early of ['sts:GetCallerIdentity', 'eks:DescribeCluster', 'eks:ListAccessEntries'])
      expect(at(early)).toBeLessThan(tokenAt);
    expect(at('eks:DescribeAccessEntry')).toBeGreaterThanOrEqual(tokenAt);
  });

  it('no such cluster: still waits for the token, so its replay is in the facts', async () => {
    const missing: EksTarget = { ...eks, clusterName: 'missing' };
    const value = eksToken({
      clusterId: 'missing',
      region: 'eu-west-1',
      credentials: session,
      now: new Date(),
      host: moto.front.host,
    }).token;
    const token = new Promise<ClusterToken>((resolve) =>
      setTimeout(() => resolve({ value, from: 'exec' }), 500),
    );
    const secrets = new SecretSet(() => undefined);
    const facts = await withAwsEnv(moto.env(session), () =>
      gatherAws(missing, {
        env: process.env,
        secrets,
        deadline: Date.now() + 15_000,
        now: () => Date.now(),
        token,
      }),
    );
    expect(facts.eksApi?.cluster).toMatchObject({ ok: false, code: 'ResourceNotFoundException' });
    expect(facts.token?.replay).toMatchObject({ ok: true });
  });
});

describe('gatherAws: the EKS API', () => {
  it('describes the cluster: status, endpoint, CA fingerprint, mode, endpoint access, log types', async () => {
    const { eksApi } = await gather();
    expect(eksApi?.cluster).toMatchObject({
      ok: true,
      value: {
        name: 'prod',
        status: 'ACTIVE',
        endpoint: ENDPOINT,
        authenticationMode: 'API_AND_CONFIG_MAP',
        endpointPublicAccess: true,
        logTypes: ['api', 'authenticator'],
        ca: { ok: true, fingerprints: [expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)] },
      },
    });
    const fp = eksApi?.cluster.ok && eksApi.cluster.value.ca?.ok ? eksApi.cluster.value.ca : null;
    expect(fp?.subjects[0]).toContain('CN=kubernetes');
    expect(eksApi?.principal).toBe('arn:aws:iam::123456789012:role/deploy');
  });

  it('finds the access entry of a role whose ARN carries a path, with its policies', async () => {
    moto.front.putAccessEntry('prod', { principalArn: roleArn, kubernetesGroups: ['deployers'] });
    moto.front.associatePolicy('prod', roleArn, 'AmazonEKSEditPolicy', {
      type: 'namespace',
      namespaces: ['web'],
    });
    const { eksApi } = await gather();
    expect(eksApi?.accessEntry).toMatchObject({
      ok: true,
      value: { principalArn: roleArn, type: 'STANDARD', kubernetesGroups: ['deployers'] },
    });
    expect(eksApi?.accessPolicies).toEqual({
      ok: true,
      value: [
        {
          policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy',
          scope: { type: 'namespace', namespaces: ['web'] },
          associatedAt: expect.any(String),
        },
      ],
    });
  });

  it('records "no entry" as null, and an entry found by ARN when listing is denied', async () => {
    expect((await gather()).eksApi?.accessEntry).toEqual({ ok: true, value: null });
    const user = await moto.createUser('bot');
    moto.front.putAccessEntry('prod', { principalArn: user.arn });
    moto.front.deny('eks:ListAccessEntries');
    session = {
      ...(await moto.createAccessKey('bot')),
      sessionToken: '',
      arn: user.arn,
      assumedRoleId: '',
    };
    const facts = await withAwsEnv(
      {
        ...moto.env({ accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey }),
      },
      () =>
        gatherAws(eks, {
          env: process.env,
          secrets: new SecretSet(() => undefined),
          deadline: Date.now() + 15_000,
          now: () => Date.now(),
        }),
    );
    expect(facts.eksApi?.accessEntry).toMatchObject({
      ok: true,
      value: { principalArn: user.arn },
    });
  });

  it('does not ask a CONFIG_MAP cluster for access entries, and keeps recent updates newest first', async () => {
    moto.front.setCluster('prod', { accessConfig: { authenticationMode: 'CONFIG_MAP' } });
    const old = new Date(Date.now() - 3 * 3600_000);
    const recent = new Date(Date.now() - 20 * 60_000);
    moto.front.addUpdate('prod', { type: 'VersionUpdate', createdAt: old, params: [] });
    moto.front.addUpdate('prod', {
      type: 'AccessConfigUpdate',
      createdAt: recent,
      params: [{ type: 'AuthenticationMode', value: 'CONFIG_MAP' }],
    });
    const { eksApi } = await gather();
    expect(eksApi?.accessEntry).toBeUndefined();
    const updates = eksApi?.updates?.ok ? eksApi.updates.value : [];
    expect(updates.map((u) => [u.type, u.createdAt])).toEqual([
      ['AccessConfigUpdate', recent.toISOString()],
      ['VersionUpdate', old.toISOString()],
    ]);
    expect(
      moto.front.received.filter(
        (r) => r.action?.startsWith('eks:') && /AccessEntr/.test(r.action),
      ),
    ).toEqual([]);
  });

  it('records each denial as a fact and goes on with the rest', async () => {
    moto.front.deny('eks:DescribeCluster');
    moto.front.deny('eks:ListUpdates');
    const { eksApi } = await gather();
    expect(eksApi?.cluster).toMatchObject({
      ok: false,
      code: 'AccessDeniedException',
      status: 403,
    });
    expect(eksApi?.updates).toMatchObject({ ok: false, code: 'AccessDeniedException' });
    expect(eksApi?.accessEntry).toEqual({ ok: true, value: null });
    expect(eksApi?.authenticatorLog).toBeUndefined();
  });

  it('retries a throttled call with backoff; still throttled after 3 attempts, it is a fact', async () => {
    moto.front.throttle('eks:DescribeCluster', 2);
    const started = Date.now();
    const once = await gather();
    expect(once.eksApi?.cluster).toMatchObject({ ok: true, value: { status: 'ACTIVE' } });
    const asked = () =>
      moto.front.received.filter((r) => r.action === 'eks:DescribeCluster').length;
    expect(asked()).toBe(3);
    moto.front.received.splice(0);
    moto.front.throttle('eks:DescribeCluster', 10);
    const { eksApi } = await gather();
    expect(eksApi?.cluster).toEqual({
      ok: false,
      code: 'ThrottlingException',
      message: 'Rate exceeded',
      status: 429,
      attempts: 3,
    });
    expect(asked()).toBe(3);
    // The other calls went on; the SDK's backoff stays far inside the gate's budget.
    expect(eksApi?.accessEntry).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops at ResourceNotFoundException for a cluster that does not exist', async () => {
    const { eksApi } = await gather({ ...eks, clusterName: 'nope' });
    expect(eksApi).toEqual({
      clusterName: 'nope',
      cluster: {
        ok: false,
        code: 'ResourceNotFoundException',
        message: 'No cluster found for name: nope.',
        status: 404,
      },
    });
  });

  it("reads the authenticator's recent access-denied lines for the principal", async () => {
    const group = '/aws/eks/prod/cluster';
    await moto.aws(['logs', 'create-log-group', '--log-group-name', group]);
    await moto.aws([
      'logs',
      'create-log-stream',
      '--log-group-name',
      group,
      '--log-stream-name',
      'authenticator-1',
    ]);
    const now = Date.now();
    const line = (arn: string, error: string) =>
      `time="${new Date(now).toISOString()}" level=warning msg="access denied" arn="${arn}" client="127.0.0.1:1" error="${error}" method=POST path=/authenticate`;
    const events = [
      {
        timestamp: now - 60_000,
        message: line('arn:aws:iam::123456789012:role/other', 'identity is not mapped'),
      },
      {
        timestamp: now - 30_000,
        message: `${line('arn:aws:iam::123456789012:role/deploy', 'identity is not mapped')} accesskeyid=${session.accessKeyId}`,
      },
      {
        timestamp: now - 20_000,
        message:
          'time="x" level=info msg="access granted" arn="arn:aws:iam::123456789012:role/deploy"',
      },
    ];
    await moto.aws([
      'logs',
      'put-log-events',
      '--log-group-name',
      group,
      '--log-stream-name',
      'authenticator-1',
      '--log-events',
      JSON.stringify(events),
    ]);
    const { eksApi } = await gather();
    expect(eksApi?.authenticatorLog).toEqual({
      ok: true,
      value: {
        logGroup: group,
        sinceMinutes: 30,
        lines: [
          {
            at: new Date(now - 30_000).toISOString(),
            message: events[1]?.message.replace(session.accessKeyId, '(access key id)'),
          },
        ],
      },
    });
  });

  it('says when the log group cannot be read', async () => {
    moto.front.deny('logs:FilterLogEvents');
    const { eksApi } = await gather();
    expect(eksApi?.authenticatorLog).toMatchObject({ ok: false, code: 'AccessDeniedException' });
  });
});
