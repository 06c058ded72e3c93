/**
 * The AWS front (aws-front.ts) in front of moto, with the real aws CLI as the oracle of EKS's
 * response and error shapes (and the AWS SDK v3 the action uses, for timestamps and error names).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeAccessEntryCommand,
  DescribeClusterCommand,
  DescribeUpdateCommand,
  EKSClient,
  ListAssociatedAccessPoliciesCommand,
} from '@aws-sdk/client-eks';
import { eksToken, replayEksToken } from '../../src/gather/aws/eks-token.js';
import { Moto, MOTO_ACCOUNT, runAws, type Principal, type Session } from './moto.js';

let moto: Moto;
let role: Principal;
let user: Principal;
let session: Session;
beforeAll(async () => {
  moto = await Moto.start();
  role = await moto.createRole('deployer', { path: '/team/' });
  user = await moto.createUser('ci', { path: '/bots/' });
  session = await moto.assumeRole(role.arn, 'ci-run');
  const vpc = ['--resources-vpc-config', 'subnetIds=subnet-1'];
  const roleArn = `arn:aws:iam::${MOTO_ACCOUNT}:role/eks`;
  await moto.aws(['eks', 'create-cluster', '--name', 'c', '--role-arn', roleArn, ...vpc]);
}, 60_000);
afterEach(() => moto.front.reset());
afterAll(async () => {
  await moto?.stop();
});

const eks = (...args: string[]) => moto.aws(['eks', ...args, '--name', 'c'], session);
/** The access-entry commands name the cluster with --cluster-name. */
const entries = (...args: string[]) => moto.aws(['eks', ...args, '--cluster-name', 'c'], session);
/** The CLI's failure (its stderr names the error code and message). */
const failure = (args: string[]) =>
  moto.aws(['eks', ...args], session).then(
    () => 'succeeded',
    (e: Error) => e.message,
  );
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const sdk = () =>
  new EKSClient({ endpoint: moto.endpoint, region: moto.region, credentials: session });

describe('AwsFront: one loopback endpoint for the CLI and the SDK', () => {
  it('is what env() gives as AWS_ENDPOINT_URL; moto itself stays behind it', () => {
    expect(moto.endpoint).toBe(moto.front.endpoint);
    expect(moto.env().AWS_ENDPOINT_URL).toBe(moto.front.endpoint);
    expect(moto.backend).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(moto.backend).not.toBe(moto.endpoint);
    expect(moto.sts).toBe(moto.front);
  });

  it('proxies STS, IAM and the EKS calls moto has (the log names their actions)', async () => {
    const [caller, got, clusters] = await Promise.all([
      moto.aws(['sts', 'get-caller-identity'], session),
      moto.aws(['iam', 'get-role', '--role-name', 'deployer']),
      moto.aws(['eks', 'list-clusters']),
    ]);
    expect(caller).toMatchObject({ Arn: session.arn });
    expect(got).toMatchObject({ Role: { Arn: role.arn } });
    expect(clusters).toEqual({ clusters: ['c'] });
    expect(moto.front.received.map((r) => `${r.method} ${r.action}`).sort()).toEqual([
      'GET eks:ListClusters',
      'POST iam:GetRole',
      'POST sts:GetCallerIdentity',
    ]);
  });

  it('verifies a presigned GetCallerIdentity on the same endpoint', async () => {
    const cred = { credentials: session, now: new Date(), host: moto.front.host };
    const { token } = eksToken({ clusterId: 'c', region: moto.region, ...cred });
    const replay = (cluster: string) =>
      replayEksToken(token, cluster, { timeoutMs: 5000, endpointOverride: moto.endpoint });
    expect(await replay('c')).toMatchObject({ ok: true, arn: session.arn });
    expect(await replay('other')).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(moto.front.received[0]?.url).toMatch(/^\/\?Action=GetCallerIdentity&/);
  });
});

describe('AwsFront: DescribeCluster is moto’s cluster with the test’s overlay', () => {
  it('defaults to API_AND_CONFIG_MAP and EKS’s endpoint defaults; unknown is moto’s 404', async () => {
    const [described, unknown] = await Promise.all([
      eks('describe-cluster'),
      failure(['describe-cluster', '--name', 'nope']),
    ]);
    expect(described).toMatchObject({
      cluster: {
        name: 'c',
        arn: `arn:aws:eks:eu-west-1:${MOTO_ACCOUNT}:cluster/c`,
        status: 'ACTIVE',
        accessConfig: {
          authenticationMode: 'API_AND_CONFIG_MAP',
          bootstrapClusterCreatorAdminPermissions: true,
        },
        resourcesVpcConfig: {
          subnetIds: ['subnet-1'],
          endpointPublicAccess: true,
          endpointPrivateAccess: false,
          publicAccessCidrs: ['0.0.0.0/0'],
        },
      },
    });
    expect(unknown).toMatch(
      /\(ResourceNotFoundException\) when calling the DescribeCluster operation: No cluster found for name: nope\./,
    );
  });

  it('shows the overlay: mode, endpoint, CA, status, endpoint access and logging', async () => {
    const data = Buffer.from(PEM).toString('base64');
    const logging = { clusterLogging: [{ types: ['audit', 'authenticator'], enabled: true }] };
    moto.front.setCluster('c', { accessConfig: { authenticationMode: 'API' }, status: 'UPDATING' });
    moto.front.setCluster('c', {
      endpoint: 'https://127.0.0.1:6443',
      certificateAuthority: { data },
      resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true },
      logging,
    });
    const [cli, viaSdk] = await Promise.all([
      eks('describe-cluster'),
      sdk().send(new DescribeClusterCommand({ name: 'c' })),
    ]);
    expect(cli).toMatchObject({
      cluster: {
        status: 'UPDATING',
        endpoint: 'https://127.0.0.1:6443',
        certificateAuthority: { data },
        accessConfig: { authenticationMode: 'API', bootstrapClusterCreatorAdminPermissions: true },
        resourcesVpcConfig: {
          subnetIds: ['subnet-1'],
          endpointPublicAccess: false,
          endpointPrivateAccess: true,
          publicAccessCidrs: ['0.0.0.0/0'],
        },
        logging,
      },
    });
    expect(viaSdk.cluster?.accessConfig?.authenticationMode).toBe('API');
    expect(viaSdk.cluster?.createdAt).toBeInstanceOf(Date);
  });
});

describe('AwsFront: access entries, access policies and updates', () => {
  it('describe-access-entry, list-associated-access-policies, list-access-entries', async () => {
    const entry = moto.front.putAccessEntry('c', {
      principalArn: role.arn,
      kubernetesGroups: ['deployers'],
    });
    const userEntry = moto.front.putAccessEntry('c', { principalArn: user.arn, username: 'ci' });
    const scope = { type: 'namespace' as const, namespaces: ['dev-*'] };
    moto.front.associatePolicy('c', role.arn, 'AmazonEKSEditPolicy', scope);
    const view = moto.front.associatePolicy('c', user.arn, 'AmazonEKSViewPolicy');

    const [described, policies, paged, byPolicy] = await Promise.all([
      entries('describe-access-entry', '--principal-arn', role.arn),
      entries('list-associated-access-policies', '--principal-arn', role.arn),
      // --page-size 1: the CLI follows nextToken through both pages.
      entries('list-access-entries', '--page-size', '1'),
      entries('list-access-entries', '--associated-policy-arn', view.policyArn),
    ]);
    expect(described).toEqual({
      accessEntry: {
        clusterName: 'c',
        principalArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/team/deployer`,
        kubernetesGroups: ['deployers'],
        accessEntryArn: expect.stringMatching(
          /^arn:aws:eks:eu-west-1:123456789012:access-entry\/c\/role\/123456789012\/deployer\/[0-9a-f-]{36}$/,
        ),
        createdAt: entry.createdAt,
        modifiedAt: entry.modifiedAt,
        tags: {},
        username: `arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/deployer/{{SessionName}}`,
        type: 'STANDARD',
      },
    });
    expect(userEntry.username).toBe('ci');
    expect(policies).toEqual({
      clusterName: 'c',
      principalArn: role.arn,
      associatedAccessPolicies: [
        {
          policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy',
          accessScope: scope,
          associatedAt: expect.any(Number),
          modifiedAt: expect.any(Number),
        },
      ],
    });
    expect(paged).toEqual({ accessEntries: [role.arn, user.arn] });
    expect(byPolicy).toEqual({ accessEntries: [user.arn] });
    // The CLI put the ARN, path included, in one URL-encoded path segment; and paged by nextToken.
    const encoded = encodeURIComponent(role.arn);
    expect(encoded).toContain('%2Fteam%2F');
    expect(moto.front.received.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        `/clusters/c/access-entries/${encoded}`,
        `/clusters/c/access-entries/${encoded}/access-policies`,
        '/clusters/c/access-entries?maxResults=1',
        '/clusters/c/access-entries?maxResults=1&nextToken=1',
      ]),
    );
  });

  it('the SDK parses the entries, policies and updates (timestamps as Dates)', async () => {
    const entry = moto.front.putAccessEntry('c', { principalArn: role.arn });
    moto.front.associatePolicy('c', role.arn, 'AmazonEKSClusterAdminPolicy');
    const createdAt = new Date('2026-01-02T03:04:05Z');
    const update = moto.front.addUpdate('c', { type: 'AccessConfigUpdate', createdAt });
    const client = sdk();
    const key = { clusterName: 'c', principalArn: role.arn };
    const described = await client.send(new DescribeAccessEntryCommand(key));
    expect(described.accessEntry?.createdAt).toEqual(new Date(entry.createdAt * 1000));
    const listed = await client.send(new ListAssociatedAccessPoliciesCommand(key));
    expect(listed.associatedAccessPolicies?.[0]?.accessScope).toEqual({ type: 'cluster' });
    const got = await client.send(new DescribeUpdateCommand({ name: 'c', updateId: update.id }));
    expect(got.update?.createdAt).toEqual(createdAt);
  });

  it('list-updates and describe-update', async () => {
    const params = [{ type: 'AuthenticationMode', value: 'API_AND_CONFIG_MAP' }];
    const u1 = moto.front.addUpdate('c', { type: 'AccessConfigUpdate', params });
    const u2 = moto.front.addUpdate('c', { type: 'EndpointAccessUpdate', status: 'Failed' });
    const [listed, described, unknown] = await Promise.all([
      eks('list-updates'),
      eks('describe-update', '--update-id', u1.id),
      failure(['describe-update', '--name', 'c', '--update-id', 'nope']),
    ]);
    expect(listed).toEqual({ updateIds: [u1.id, u2.id] });
    expect(described).toEqual({
      update: {
        id: u1.id,
        status: 'Successful',
        type: 'AccessConfigUpdate',
        params,
        createdAt: u1.createdAt,
        errors: [],
      },
    });
    expect(unknown).toMatch(/\(ResourceNotFoundException\) when calling the DescribeUpdate/);
  });

  it('a CONFIG_MAP cluster refuses the access-entry calls with InvalidRequestException', async () => {
    moto.front.setCluster('c', { accessConfig: { authenticationMode: 'CONFIG_MAP' } });
    moto.front.putAccessEntry('c', { principalArn: role.arn });
    const [described, listed, updates] = await Promise.all([
      failure(['describe-access-entry', '--cluster-name', 'c', '--principal-arn', role.arn]),
      failure(['list-access-entries', '--cluster-name', 'c']),
      eks('list-updates'),
    ]);
    expect(described).toContain(
      "(InvalidRequestException) when calling the DescribeAccessEntry operation: The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.",
    );
    expect(listed).toMatch(/\(InvalidRequestException\) when calling the ListAccessEntries/);
    expect(updates).toEqual({ updateIds: [] });
  });

  it('create-access-entry, update-access-entry and associate-access-policy, as the fixes print them', async () => {
    const created = await entries('create-access-entry', '--principal-arn', role.arn);
    expect(created).toMatchObject({
      accessEntry: { principalArn: role.arn, kubernetesGroups: [], type: 'STANDARD' },
    });
    expect(
      await failure(['create-access-entry', '--cluster-name', 'c', '--principal-arn', role.arn]),
    ).toMatch(/\(ResourceInUseException\) when calling the CreateAccessEntry operation/);
    const updated = await entries(
      'update-access-entry',
      '--principal-arn',
      role.arn,
      '--kubernetes-groups',
      'deployers',
    );
    expect(updated).toMatchObject({ accessEntry: { kubernetesGroups: ['deployers'] } });
    expect(moto.front.mapping('c').entries[0]?.kubernetesGroups).toEqual(['deployers']);
    const policy = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy';
    // The shorthand the fixes print: a list of namespaces after `namespaces=`.
    await entries(
      'associate-access-policy',
      '--principal-arn',
      role.arn,
      '--policy-arn',
      policy,
      '--access-scope',
      'type=namespace,namespaces=prod,dev-*',
    );
    expect(
      await entries('list-associated-access-policies', '--principal-arn', role.arn),
    ).toMatchObject({
      associatedAccessPolicies: [
        { policyArn: policy, accessScope: { type: 'namespace', namespaces: ['prod', 'dev-*'] } },
      ],
    });
    expect(
      await failure(['update-access-entry', '--cluster-name', 'c', '--principal-arn', user.arn]),
    ).toMatch(/\(ResourceNotFoundException\) when calling the UpdateAccessEntry/);
  });

  it('an unknown cluster or entry is ResourceNotFoundException', async () => {
    const entryOf = (cluster: string) =>
      failure(['describe-access-entry', '--cluster-name', cluster, '--principal-arn', user.arn]);
    const [noCluster, noEntry, noUpdates] = await Promise.all([
      entryOf('nope'),
      entryOf('c'),
      failure(['list-updates', '--name', 'nope']),
    ]);
    expect(noCluster).toMatch(
      /\(ResourceNotFoundException\) when calling the DescribeAccessEntry operation: No cluster found for name: nope\./,
    );
    expect(noEntry).toMatch(
      /\(ResourceNotFoundException\) when calling the DescribeAccessEntry operation: The specified principalArn could not be found\./,
    );
    expect(noUpdates).toMatch(/\(ResourceNotFoundException\) when calling the ListUpdates/);
  });
});

describe('AwsFront: denials and throttling, as each protocol answers them', () => {
  it('deny(eks:DescribeCluster): AccessDeniedException naming the caller and the cluster', async () => {
    moto.front.deny('eks:DescribeCluster');
    const [cli, viaSdk, updates] = await Promise.all([
      failure(['describe-cluster', '--name', 'c']),
      sdk()
        .send(new DescribeClusterCommand({ name: 'c' }))
        .catch((e: unknown) => e),
      eks('list-updates'),
    ]);
    expect(cli).toContain(
      `(AccessDeniedException) when calling the DescribeCluster operation: User: ${session.arn} is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:eu-west-1:${MOTO_ACCOUNT}:cluster/c`,
    );
    expect(viaSdk).toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    expect(updates).toEqual({ updateIds: [] });
  });

  it('deny(logs:FilterLogEvents) (awsJson) and deny(iam:GetRole) (query)', async () => {
    moto.front.deny('logs:FilterLogEvents');
    moto.front.deny('iam:GetRole');
    const group = '/aws/eks/c/cluster';
    const [logs, iam] = await Promise.all(
      [
        ['logs', 'filter-log-events', '--log-group-name', group],
        ['iam', 'get-role', '--role-name', 'deployer'],
      ].map((args) => moto.aws(args, session).catch((e: Error) => e.message)),
    );
    expect(logs).toContain(
      `(AccessDeniedException) when calling the FilterLogEvents operation: User: ${session.arn} is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:${group}:log-stream: because no identity-based policy allows the logs:FilterLogEvents action`,
    );
    expect(iam).toContain(
      `(AccessDenied) when calling the GetRole operation: User: ${session.arn} is not authorized to perform: iam:GetRole`,
    );
    expect(() => moto.front.deny('sts:GetCallerIdentity')).toThrow(/never denies/);
  });

  it('throttle(): ThrottlingException (429), which the CLI retries', async () => {
    moto.front.throttle('eks:ListUpdates', 1);
    expect(await eks('list-updates')).toEqual({ updateIds: [] });
    expect(moto.front.received.map((r) => r.action)).toEqual([
      'eks:ListUpdates',
      'eks:ListUpdates',
    ]);
    moto.front.throttle('eks:ListUpdates', 1);
    const once = { ...moto.env(session), AWS_MAX_ATTEMPTS: '1' };
    const err = await runAws(['eks', 'list-updates', '--name', 'c'], once).catch((e: Error) => e);
    expect(String(err)).toMatch(/\(ThrottlingException\) when calling the ListUpdates operation/);
  });

  it('expire(): STS ExpiredToken (query), EKS and Logs ExpiredTokenException, a presigned token too', async () => {
    const other = await moto.assumeRole(role.arn, 'other');
    moto.front.expire(session.accessKeyId);
    const token = eksToken({
      clusterId: 'c',
      region: moto.region,
      credentials: session,
      now: new Date(),
      host: moto.front.host,
    });
    const replay = (t: string) =>
      replayEksToken(t, 'c', { timeoutMs: 5000, endpointOverride: moto.endpoint });
    const [sts, cluster, logs, presigned, fresh] = await Promise.all([
      moto.aws(['sts', 'get-caller-identity'], session).catch((e: Error) => e.message),
      failure(['describe-cluster', '--name', 'c']),
      moto
        .aws(['logs', 'filter-log-events', '--log-group-name', 'g'], session)
        .catch((e: Error) => e.message),
      replay(token.token),
      moto.aws(['sts', 'get-caller-identity'], other),
    ]);
    const said = 'The security token included in the request is expired';
    expect(sts).toContain(`(ExpiredToken) when calling the GetCallerIdentity operation: ${said}`);
    expect(cluster).toContain(
      `(ExpiredTokenException) when calling the DescribeCluster operation: ${said}`,
    );
    expect(logs).toContain(
      `(ExpiredTokenException) when calling the FilterLogEvents operation: ${said}`,
    );
    expect(presigned).toMatchObject({ ok: false, status: 403, code: 'ExpiredToken' });
    expect((presigned as { message: string }).message).toContain(said);
    expect(fresh).toMatchObject({ Arn: other.arn });
  });

  it('Moto.reset() resets the front too', async () => {
    moto.front.putAccessEntry('c', { principalArn: role.arn });
    moto.front.deny('eks:ListClusters');
    await moto.reset();
    expect(moto.front.received).toEqual([]);
    const entryRoute = { op: 'DescribeAccessEntry', cluster: 'c', principalArn: role.arn };
    expect(moto.front.resourceArn(entryRoute, MOTO_ACCOUNT)).toMatch(/:cluster\/c$/);
    expect(await moto.aws(['eks', 'list-clusters'])).toEqual({ clusters: [] });
  });
});
