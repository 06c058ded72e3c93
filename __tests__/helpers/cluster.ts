/**
 * A real kube-apiserver + etcd on loopback for the live tests: PKI generated with the test PKI,
 * RBAC, anonymous auth on or off, an audit log. Binaries come from test/cluster/build.sh.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makeCA, makeCert, type Issued } from './pki.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Cluster {
  server: string;
  dir: string;
  ca: Issued;
  /** A client certificate in system:masters. */
  admin: Issued;
  auditLog: string;
  /** Issues a client certificate from the cluster CA. */
  clientCert(cn: string, orgs?: string[]): Issued;
  /** A kubeconfig (YAML) for a client certificate. */
  kubeconfig(user: Issued): string;
  stop(): Promise<void>;
}

/** The folder with kube-apiserver and etcd (built once, cached outside the repo). */
export function clusterBinaries(): string {
  return (
    process.env.KUBE_PREFLIGHT_CLUSTER_BIN ??
    execFileSync('bash', [path.join(ROOT, 'test/cluster/build.sh')], { encoding: 'utf8' }).trim()
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function get(url: string, ca: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { ca, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function waitReady(
  url: string,
  ca: string,
  procs: ChildProcess[],
  logs: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (procs.some((p) => p.exitCode !== null))
      throw new Error(`cluster process exited; see ${logs}`);
    if ((await get(url, ca)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`kube-apiserver not ready within 60 s; see ${logs}`);
}

function stopProcess(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => p.kill('SIGKILL'), 5000);
    p.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    p.kill('SIGTERM');
  });
}

export async function startCluster(opts: { anonymous?: boolean } = {}): Promise<Cluster> {
  const bin = clusterBinaries();
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-cluster-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text, { mode: 0o600 });
    return p;
  };
  const ca = makeCA({ cn: 'kube-preflight-test-ca', keyType: 'p256' });
  const serving = makeCert({
    cn: 'kube-apiserver',
    issuer: ca,
    usage: 'server',
    sans: ['127.0.0.1', 'localhost'],
  });
  const admin = makeCert({ cn: 'admin', orgs: ['system:masters'], issuer: ca });
  const sa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const [etcdClient, etcdPeer, secure] = [await freePort(), await freePort(), await freePort()];
  const auditLog = path.join(dir, 'audit.log');
  const etcdLog = path.join(dir, 'etcd.log');
  const apiLog = path.join(dir, 'apiserver.log');
  const { openSync } = await import('node:fs');

  const etcd = spawn(
    path.join(bin, 'etcd'),
    [
      `--data-dir=${path.join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
      '--log-level=error',
    ],
    { stdio: ['ignore', openSync(etcdLog, 'w'), openSync(etcdLog, 'a')] },
  );
  const api = spawn(
    path.join(bin, 'kube-apiserver'),
    [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      '--endpoint-reconciler-type=none',
      `--secure-port=${secure}`,
      `--tls-cert-file=${file('serving.crt', serving.certPem)}`,
      `--tls-private-key-file=${file('serving.key', serving.keyPem)}`,
      `--client-ca-file=${file('ca.crt', ca.certPem)}`,
      `--service-account-key-file=${file('sa.pub', sa.publicKey.export({ type: 'spki', format: 'pem' }).toString())}`,
      `--service-account-signing-key-file=${file('sa.key', sa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      '--authorization-mode=RBAC',
      `--anonymous-auth=${opts.anonymous ?? true}`,
      '--service-cluster-ip-range=10.96.0.0/24',
      `--cert-dir=${path.join(dir, 'certs')}`,
      `--audit-log-path=${auditLog}`,
      `--audit-policy-file=${file('audit-policy.yaml', 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n')}`,
    ],
    { stdio: ['ignore', openSync(apiLog, 'w'), openSync(apiLog, 'a')] },
  );
  const server = `https://127.0.0.1:${secure}`;
  const stop = async () => {
    await stopProcess(api);
    await stopProcess(etcd);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${server}/readyz`, ca.certPem, [etcd, api], dir);
  } catch (err) {
    await stopProcess(api);
    await stopProcess(etcd);
    throw err;
  }
  return {
    server,
    dir,
    ca,
    admin,
    auditLog,
    clientCert: (cn, orgs = []) => makeCert({ cn, orgs, issuer: ca }),
    kubeconfig: (user) =>
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: test',
        'clusters:',
        '- name: test',
        '  cluster:',
        `    server: ${server}`,
        `    certificate-authority-data: ${Buffer.from(ca.certPem).toString('base64')}`,
        'contexts:',
        '- name: test',
        '  context: {cluster: test, user: test}',
        'users:',
        '- name: test',
        '  user:',
        `    client-certificate-data: ${Buffer.from(user.certPem).toString('base64')}`,
        `    client-key-data: ${Buffer.from(user.keyPem).toString('base64')}`,
        '',
      ].join('\n'),
    stop,
  };
}
