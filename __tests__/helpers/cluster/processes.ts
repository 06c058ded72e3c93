/** Ports, child processes and readiness for the live cluster (etcd + kube-apiserver on loopback). */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The folder with kube-apiserver and etcd (built once, cached outside the repo). */
export function clusterBinaries(): string {
  return (
    process.env.KUBE_PREFLIGHT_CLUSTER_BIN ??
    execFileSync('bash', [path.join(ROOT, 'test/cluster/build.sh')], { encoding: 'utf8' }).trim()
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Every process the harness starts dies with the test process, however that ends: the kernel sends
 * it SIGKILL when its parent exits (`setpriv --pdeathsig`, util-linux). Jest's sandboxed `process`
 * never sees the real exit, so an exit hook could not do this. And no child may keep the test
 * process alive: a test that failed before stopping its cluster must not hang the run.
 */
export function spawnTied(bin: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = existsSync('/usr/bin/setpriv')
    ? spawn('/usr/bin/setpriv', ['--pdeathsig', 'KILL', '--', bin, ...args], options)
    : spawn(bin, args, options);
  child.unref();
  return child;
}

/** A server the apiserver calls (webhook, OIDC issuer, STS front) must not hold the process either. */
export function background<T extends Server>(server: T): T {
  server.unref();
  server.on('connection', (socket: Socket) => socket.unref());
  return server;
}

/** Starts `bin` with stdout and stderr appended to `log` (the descriptors stay with the child). */
export function spawnLogged(bin: string, args: string[], log: string): ChildProcess {
  const out = openSync(log, 'a');
  try {
    return spawnTied(bin, args, { stdio: ['ignore', out, out] });
  } finally {
    closeSync(out);
  }
}

/**
 * Whether a failed start (its error names the cluster folder) lost a port to another process
 * between choosing the port and binding it: worth a retry with new ports.
 */
export function lostPortRace(err: unknown): boolean {
  const dir = /see (\S+)$/.exec((err as Error)?.message ?? '')?.[1];
  if (!dir) return false;
  return ['etcd.log', 'apiserver.log'].some((f) => {
    try {
      return /address already in use/.test(readFileSync(path.join(dir, f), 'utf8'));
    } catch {
      return false;
    }
  });
}

/** TLS material for a client of the apiserver: its CA and a client certificate. */
export interface ClientTls {
  ca: string;
  cert: string;
  key: string;
}

function get(url: string, tls: ClientTls): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { ...tls, timeout: 1000, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Polls `url` with the admin certificate until it answers 200 or a process exits. */
export async function waitReady(
  url: string,
  tls: ClientTls,
  procs: ChildProcess[],
  logs: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (procs.some((p) => p.exitCode !== null))
      throw new Error(`cluster process exited; see ${logs}`);
    if ((await get(url, tls)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`kube-apiserver not ready within 60 s; see ${logs}`);
}

export function stopProcess(p: ChildProcess): Promise<void> {
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
