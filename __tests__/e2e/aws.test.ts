/** The bundled gate on an EKS context, with a real local AWS API (moto) and the real apiserver. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { createEksCluster } from '../helpers/aws-front.js';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { Moto, type Session } from '../helpers/moto.js';
import { connectProxy, splice } from '../helpers/net-proxies.js';
import { start } from '../helpers/net-faults.js';
import { b64, makeCA, makeCert } from '../helpers/pki.js';
import { ROOT } from '../helpers/runner.js';
import { expectNoLeak, expectReadOnly, gate } from './gate.js';

let cluster: Cluster;
let moto: Moto;
let session: Session;
const CONTEXT = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';
const CLI = path.join(ROOT, 'dist/cli.js');

beforeAll(async () => {
  [cluster, moto] = await Promise.all([startCluster(), Moto.start()]);
  // The EKS cluster `prod` as DescribeCluster shows it: this apiserver's endpoint and CA.
  await createEksCluster(moto, 'prod', {
    endpoint: cluster.server,
    certificateAuthority: { data: b64(cluster.ca.certPem) },
  });
  const role = await moto.createRole('deploy', { path: '/ci/' });
  session = await moto.assumeRole(role.arn, 'GitHubActions');
  // The mapping as people often write it: the role ARN copied with its path, which never matches.
  const mapRoles = `- rolearn: ${role.arn}\n  username: deployer\n  groups: [deployers]\n`;
  await cluster.api('POST', '/api/v1/namespaces/kube-system/configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'aws-auth', namespace: 'kube-system' },
    data: { mapRoles },
  });
  await cluster.grant({
    user: 'aws-auth-reader',
    namespace: 'kube-system',
    rules: [
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['aws-auth'], verbs: ['get'] },
    ],
  });
}, 120_000);
afterAll(async () => Promise.all([cluster?.stop(), moto?.stop()]), 30_000);

/** The harness kubeconfig, named the way `aws eks update-kubeconfig` names contexts. */
const eksKubeconfig = (user = 'ci') =>
  cluster.kubeconfig(cluster.clientCert(user)).replace(/\btest\b/g, CONTEXT);

describe('live gate, AWS side (moto)', () => {
  it("reports the runner's AWS identity, canonical principal and a session ending mid-deploy", async () => {
    const expires = new Date(Date.now() + 10 * 60_000).toISOString();
    const env = { ...moto.env(session), AWS_CREDENTIAL_EXPIRATION: expires };
    const run = await gate(eksKubeconfig(), {}, env);
    // User "ci" may not read kube-system/aws-auth: the mapping check says it is inconclusive.
    expect(run.ids).toEqual(['aws/session-expiring', 'eks/aws-auth-unreadable']);
    expect(run.outputs).toMatchObject({
      'aws-caller-arn': `arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions`,
      'aws-principal-arn': 'arn:aws:iam::123456789012:role/deploy',
      'aws-account-id': '123456789012',
      'eks-cluster': 'prod',
      'eks-auth-mode': 'API_AND_CONFIG_MAP',
    });
    expect(run.summary).toContain('| `prod` | eu-west-1 | environment |');
    expect(run.code).toBe(1);
    expectNoLeak(run, [session.secretAccessKey, session.sessionToken]);
  });

  it('says when an EKS context finds no AWS credentials on the runner', async () => {
    const { AWS_ENDPOINT_URL, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE } = moto.env();
    const run = await gate(eksKubeconfig(), {}, {
      AWS_ENDPOINT_URL,
      AWS_CONFIG_FILE,
      AWS_SHARED_CREDENTIALS_FILE,
    } as Record<string, string>);
    expect(run.ids).toEqual(['aws/no-credentials', 'eks/aws-auth-unreadable']);
    expect(run.report?.findings[0]?.message).toContain(
      'is an EKS context (context name is an EKS cluster ARN)',
    );
    expect(run.code).toBe(1);
  });

  it("finds the runner's role mapped in aws-auth with a path (a mapping that never matches)", async () => {
    const run = await gate(eksKubeconfig('aws-auth-reader'), {}, moto.env(session));
    expect(run.ids).toEqual(['eks/aws-auth-role-path']);
    const f = run.report?.findings[0];
    expect(f).toMatchObject({
      severity: 'error',
      evidence: { fixedArn: 'arn:aws:iam::123456789012:role/deploy', matchesCaller: true },
    });
    expect(f?.message).toContain('kube-system/aws-auth mapRoles line 1');
    expect(run.code).toBe(1);
  });

  it('says the mapping check is inconclusive when the identity may not read aws-auth', async () => {
    const run = await gate(eksKubeconfig(), {}, moto.env(session));
    expect(run.ids).toEqual(['eks/aws-auth-unreadable']);
    expect(run.code).toBe(0);
  });

  it('asks AWS within a short timeout too (under 5 s the live deadline is not a whole millisecond)', async () => {
    const run = await gate(eksKubeconfig(), { timeout: '3s' }, moto.env(session));
    expect(run.outputs['aws-caller-arn']).toBe(
      'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
    );
    expect(run.ids).toEqual(['eks/aws-auth-unreadable']);
  });

  it('leaves AWS alone with aws: false', async () => {
    const run = await gate(eksKubeconfig(), { aws: 'false' });
    expect(run.ids).toEqual([]);
    expect(run.outputs['aws-caller-arn']).toBe('');
    expect(run.code).toBe(0);
  });

  it('the CLI takes --eks-cluster and --aws-region when neither the kubeconfig nor AWS_REGION says', async () => {
    const file = path.join(cluster.dir, 'plain-kubeconfig.yaml');
    writeFileSync(file, cluster.kubeconfig(cluster.clientCert('aws-auth-reader')), { mode: 0o600 });
    const env = moto.env(session);
    delete env.AWS_REGION;
    delete env.AWS_DEFAULT_REGION;
    const run = async (flags: string[]) => {
      const args = [CLI, '--kubeconfig', file, '--json', '--eks-cluster', 'prod', ...flags];
      const out = await new Promise<string>((resolve) =>
        execFile(
          process.execPath,
          args,
          { env: { ...env, PATH: process.env.PATH ?? '', HOME: cluster.dir } },
          (_err, stdout) => resolve(stdout),
        ),
      );
      expect(out).not.toContain(session.secretAccessKey);
      type Report = {
        eksCluster?: string;
        contexts: { aws?: unknown }[];
        findings: { id: string }[];
      };
      const report = JSON.parse(out) as Report;
      return { ...report, ids: report.findings.map((f) => f.id) };
    };
    const given = await run(['--aws-region', 'eu-west-1']);
    expect(given.eksCluster).toBe('prod');
    expect(given.ids).not.toContain('eks/cluster-not-found');
    expect(given.contexts[0]?.aws).toMatchObject({
      region: 'eu-west-1',
      eks: { status: 'ACTIVE' },
    });
    // Without it the SDK's default region is asked, where moto has no such cluster.
    const defaulted = await run([]);
    expect(defaulted.contexts[0]?.aws).toMatchObject({ region: 'us-east-1' });
    expect(defaulted.ids).toContain('eks/cluster-not-found');
  });

  it("reaches STS and EKS through the runner's HTTPS_PROXY, as the aws CLI does", async () => {
    // aws.example resolves nowhere: only the proxy knows it is this TLS front of moto on loopback.
    const ca = makeCA({ cn: 'Test AWS CA' });
    const leaf = makeCert({
      cn: 'aws.example',
      issuer: ca,
      usage: 'server',
      sans: ['aws.example'],
    });
    const motoPort = Number(new URL(moto.env().AWS_ENDPOINT_URL as string).port);
    const front = await start(
      tls.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (s) =>
        splice(s, net.connect(motoPort, '127.0.0.1')),
      ),
      'https',
    );
    const proxy = await connectProxy({
      mapHost: (h) => (h === 'aws.example' ? '127.0.0.1' : undefined),
    });
    try {
      const caFile = path.join(cluster.dir, 'aws-front-ca.pem');
      writeFileSync(caFile, ca.certPem);
      const env = {
        ...moto.env(session),
        AWS_ENDPOINT_URL: `https://aws.example:${front.port}`,
        HTTPS_PROXY: proxy.url,
        NODE_EXTRA_CA_CERTS: caFile,
      };
      const run = await gate(eksKubeconfig(), {}, env);
      expect(run.outputs).toMatchObject({
        'aws-caller-arn': 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
        'eks-auth-mode': 'API_AND_CONFIG_MAP',
      });
      expect(new Set(proxy.targets)).toEqual(new Set([`aws.example:${front.port}`]));
      // An https:// proxy: TLS to the proxy (checked under its name), then TLS to AWS inside it.
      const proxyCert = makeCert({
        cn: '127.0.0.1',
        issuer: ca,
        usage: 'server',
        sans: ['127.0.0.1'],
      });
      const secure = await connectProxy({
        mapHost: (h) => (h === 'aws.example' ? '127.0.0.1' : undefined),
        tls: { cert: proxyCert.certPem, key: proxyCert.keyPem },
      });
      const viaTls = await gate(eksKubeconfig(), {}, { ...env, HTTPS_PROXY: secure.url });
      await secure.close();
      expect(viaTls.outputs['aws-caller-arn']).toBe(run.outputs['aws-caller-arn']);
      expect(secure.targets.length).toBeGreaterThan(0);
      // NO_PROXY exempts the host: the gate goes direct, where the name resolves nowhere.
      const direct = await gate(eksKubeconfig(), {}, { ...env, NO_PROXY: '.example' });
      expect(direct.outputs['aws-caller-arn']).toBe('');
      expect(direct.ids).not.toContain('aws/session-expiring');
      // A proxy that wants credentials: STS is unreachable, and the finding names the proxy.
      const refusing = await connectProxy({ status: 407 });
      const denied = await gate(eksKubeconfig(), {}, { ...env, HTTPS_PROXY: refusing.url });
      await refusing.close();
      const sts = denied.report?.findings.find((f) => f.id === 'aws/sts-unreachable');
      expect(sts?.message).toContain(
        `(ProxyError: the proxy ${refusing.url} (HTTPS_PROXY) answered CONNECT with 407 Proxy Authentication Required)`,
      );
    } finally {
      await Promise.all([front.close(), proxy.close()]);
    }
  });

  it('made nothing but reads and SelfSubject*Review creates (the audit log of this suite)', () => {
    expectReadOnly(cluster, 5);
  });
});
