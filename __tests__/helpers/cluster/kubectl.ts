/**
 * The real kubectl, run asynchronously. Never use spawnSync/execFileSync for a client of the live
 * cluster: the TokenReview webhook is served by this process, so blocking its event loop stalls
 * every bearer token the apiserver cannot settle without the webhook (even rejected SA tokens).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { UserInfo } from './api.js';

export interface KubectlResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Writes `kubeconfig` into `dir` and runs `kubectl --kubeconfig FILE ...args`. */
export function runKubectl(
  dir: string,
  kubeconfig: string,
  args: string[],
): Promise<KubectlResult> {
  const file = path.join(dir, `kubeconfig-${randomUUID()}.yaml`);
  writeFileSync(file, kubeconfig, { mode: 0o600 });
  return new Promise((resolve, reject) => {
    const child = spawn('kubectl', ['--kubeconfig', file, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, HOME: dir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** `kubectl auth whoami -o json`: the user on success, else kubectl's stderr. */
export async function kubectlWhoami(
  run: (...args: string[]) => Promise<KubectlResult>,
): Promise<KubectlResult & { user?: UserInfo }> {
  const r = await run('auth', 'whoami', '-o', 'json');
  if (r.status !== 0) return r;
  return {
    ...r,
    user: (JSON.parse(r.stdout) as { status: { userInfo: UserInfo } }).status.userInfo,
  };
}
