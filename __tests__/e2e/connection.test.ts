/** The bundled gate against a real kube-apiserver with anonymous auth off, and broken networks. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as net from 'node:net';
import { devNull, tmpdir } from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { promisify } from 'node:util';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { start, type Running } from '../helpers/net-faults.js';
import { connectProxy } from '../helpers/net-proxies.js';
import { b64, makeCA, makeCert } from '../helpers/pki.js';
import { pathWithoutKubectl, ROOT } from '../helpers/runner.js';
import { expectNoLeak, expectReadOnly, gate } from './gate.js';

let cluster: Cluster;
const servers: Running[] = [];
const execFileAsync = promisify(execFile);

/** gcloud's kubectl dispatcher (Google's Debian `kubectl` package), when it is this machine's kubectl. */
function gcloudDispatcher(): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim();
    const version = execFileSync(found, ['version', '--client', '-o', 'json'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, KUBECONFIG: devNull },
    });
    return /-dispatcher"/.test(version) ? realpathSync(found) : undefined;
  } catch {
    return undefined;
  }
}
const dispatcher = gcloudDispatcher();

beforeAll(async () => {
  cluster = await startCluster({ anonymous: false });
  await cluster.grant({
    user: 'ci-deployer',
    rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['list'] }],
  });
}, 120_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cluster?.stop();
}, 30_000);

const serve = async <T extends Running>(s: Promise<T>): Promise<T> => {
  const running = await s;
  servers.push(running);
  return running;
};

/** A TLS-inspecting proxy: answers CONNECT, then presents its own CA's certificate. */
function inspectingProxy(): Promise<Running> {
  const ca = makeCA({ cn: 'Corp TLS Inspection CA' });
  const leaf = makeCert({ cn: '127.0.0.1', issuer: ca, usage: 'server', sans: ['127.0.0.1'] });
  return start(
    net.createServer((s) => {
      s.once('data', () => {
        s.write('HTTP/1.1 200 Connection established\r\n\r\n');
        new tls.TLSSocket(s, {
          isServer: true,
          cert: leaf.certPem + ca.certPem,
          key: leaf.keyPem,
        }).on('error', () => {});
      });
    }),
    'http',
  );
}

describe('live gate, connection (real kube-apiserver, anonymous off)', () => {
  it('reports a 401 for a user with no credentials when anonymous auth is off', async () => {
    const run = await gate(cluster.kubeconfig(undefined));
    expect(run.ids).toEqual(['cluster/unauthorized', 'kubeconfig/no-credentials']);
    expect(run.topCause).toBe('no-credentials');
    expect(run.code).toBe(1);
  });

  it('finds a stale CA: the server chains to another CA than the kubeconfig holds', async () => {
    const user = cluster.clientCert('ci-deployer');
    const stale = makeCA({ cn: 'kubernetes' });
    const kubeconfig = cluster
      .kubeconfig(user)
      .replace(b64(cluster.ca.certPem), b64(stale.certPem));
    const run = await gate(kubeconfig);
    expect(run.ids).toEqual(['cluster/tls-untrusted']);
    expect(run.topCause).toBe('stale-ca');
    expect(run.code).toBe(1);
    expect(run.report?.findings[0]?.evidence).toMatchObject({
      anchoredInKubeconfigCa: false,
      kubeconfigCaFingerprint: stale.cert.fingerprint256,
    });
    expectNoLeak(run, [user.keyPem]);
  });

  it('names the certificate names when the server URL uses another host name', async () => {
    const run = await gate(
      cluster.kubeconfig(cluster.clientCert('ci-deployer'), {
        server: `https://localhost:${cluster.port}`,
      }),
    );
    expect(run.ids).toEqual(['cluster/tls-hostname-mismatch']);
    expect(run.topCause).toBe('wrong-host');
    expect(run.code).toBe(1);
    expect(run.report?.findings[0]?.message).toContain('kubernetes.example');
  });

  it('works through a proxy-url, and blames a TLS-inspecting proxy by its issuer', async () => {
    const user = cluster.clientCert('ci-deployer');
    const proxy = await serve(connectProxy());
    const ok = await gate(
      cluster
        .kubeconfig(user)
        .replace(
          '    certificate-authority-data',
          `    proxy-url: ${proxy.url}\n    certificate-authority-data`,
        ),
    );
    expect(ok.ids).toEqual([]);
    expect(proxy.targets).toContain(`127.0.0.1:${cluster.port}`);
    const mitm = await serve(inspectingProxy());
    const bad = await gate(
      cluster
        .kubeconfig(user)
        .replace(
          '    certificate-authority-data',
          `    proxy-url: ${mitm.url}\n    certificate-authority-data`,
        ),
    );
    expect(bad.ids).toEqual(['cluster/tls-untrusted']);
    expect(bad.topCause).toBe('tls-intercepting-proxy');
    expect([ok.code, bad.code]).toEqual([0, 1]);
    expectNoLeak(ok, [user.keyPem]);
    expectNoLeak(bad, [user.keyPem]);
  });

  it.each([
    ['a refused port', () => 'https://127.0.0.1:1', 'refused', 'local-tunnel-not-running'],
    [
      'a placeholder host',
      () => `https://kubernetes.invalid:${cluster.port}`,
      'dns',
      'placeholder-host',
    ],
  ])('reports %s as cluster/unreachable', async (_, server, reason, top) => {
    const run = await gate(
      cluster.kubeconfig(cluster.clientCert('ci-deployer'), { server: server() }),
    );
    expect(run.ids).toEqual(['cluster/unreachable']);
    expect(run.report?.findings[0]?.evidence?.reason).toBe(reason);
    expect(run.topCause).toBe(top);
    expect(run.code).toBe(1);
  });

  it("warns when the runner's kubectl is too far from the server (the real kubectl on PATH)", async () => {
    const run = await gate(
      cluster.kubeconfig(cluster.clientCert('ci-deployer')),
      {},
      { PATH: process.env.PATH ?? '' },
    );
    expect(run.ids).toEqual(['cluster/version-skew']);
    expect(run.outputs.result).toBe('warn');
    expect(run.code).toBe(0);
  });

  (dispatcher ? it : it.skip)(
    "counts gcloud's kubectl dispatcher as the kubectl.1.N it runs for this server (the real one)",
    async () => {
      const { minor } = (await cluster.api('GET', '/version')).body as { minor: string };
      const dir = mkdtempSync(path.join(tmpdir(), 'kp-dispatcher-'));
      try {
        // A copy, not a link: the dispatcher looks for versions beside its own resolved path.
        copyFileSync(dispatcher as string, path.join(dir, 'kubectl'));
        chmodSync(path.join(dir, 'kubectl'), 0o755);
        const marker = path.join(dir, 'dispatched');
        const versioned = path.join(dir, `kubectl.1.${minor}`);
        writeFileSync(versioned, `#!/bin/sh\necho "$*" >> ${marker}\n`, { mode: 0o755 });
        const kubeconfig = cluster.kubeconfig(cluster.clientCert('ci-deployer'));
        const file = path.join(dir, 'kubeconfig');
        writeFileSync(file, kubeconfig, { mode: 0o600 });
        const env = { PATH: `${dir}:${pathWithoutKubectl()}` };
        const viaDispatcher = () =>
          execFileAsync(
            path.join(dir, 'kubectl'),
            ['--kubeconfig', file, 'get', '--raw', '/version'],
            {
              env: { ...env, HOME: dir },
            },
          ).catch(() => undefined);
        // The oracle: the dispatcher itself hands this server's commands to kubectl.1.<minor>.
        await viaDispatcher();
        expect(readFileSync(marker, 'utf8')).toContain('get --raw /version');
        expect((await gate(kubeconfig, {}, env)).ids).toEqual([]);
        // One it cannot exec, it skips: it runs its own version (marker untouched), as the gate says.
        chmodSync(versioned, 0o644);
        rmSync(marker);
        expect((await viaDispatcher())?.stdout).toContain(`"minor": "${minor}"`);
        expect(existsSync(marker)).toBe(false);
        const skew = await gate(kubeconfig, {}, env);
        expect(skew.ids).toEqual(['cluster/version-skew']);
        expect(skew.report?.findings[0]?.message).toContain(
          `is gcloud’s dispatcher, and ${realpathSync(dir)} has no kubectl.1.${minor} for this server`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('the CLI checks --require lines live and exits 1 on a denied one', async () => {
    const file = `${cluster.dir}/cli-kubeconfig.yaml`;
    (await import('node:fs')).writeFileSync(
      file,
      cluster.kubeconfig(cluster.clientCert('ci-deployer')),
    );
    const args = [
      'dist/cli.js',
      '--kubeconfig',
      file,
      '--require',
      'list nodes',
      '--require',
      'delete nodes',
      '--no-color',
    ];
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: { PATH: '/nonexistent', HOME: cluster.dir },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (c) => resolve({ code: c, out }));
    });
    expect(out).toMatch(/can-i {5}yes list nodes/);
    expect(out).toMatch(/can-i {5}no {2}delete nodes/);
    expect(out).toContain('[cluster/permission-missing]');
    expect(code).toBe(1);
  });

  it('made nothing but reads and SelfSubject*Review creates (the audit log of this suite)', () => {
    expectReadOnly(cluster, 5);
  });
});
