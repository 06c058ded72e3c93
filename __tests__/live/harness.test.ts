/** The live-cluster harness itself: a real kube-apiserver that kubectl and kube-preflight agree on. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import type { Issued } from '../helpers/pki.js';
import { runAction } from '../helpers/runner.js';

let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster();
}, 120_000);
afterAll(async () => cluster?.stop(), 30_000);

function kubectl(kubeconfig: string, ...args: string[]): { status: number | null; stdout: string } {
  const file = path.join(cluster.dir, `kc-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, kubeconfig);
  const r = spawnSync('kubectl', ['--kubeconfig', file, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}

describe('live cluster harness', () => {
  it('serves on loopback and authenticates generated client certificates', () => {
    expect(cluster.server).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const whoami = kubectl(cluster.kubeconfig(cluster.admin), 'auth', 'whoami', '-o', 'json');
    const me = JSON.parse(whoami.stdout);
    expect(me.status.userInfo.username).toBe('admin');
    expect(me.status.userInfo.groups).toContain('system:masters');
  });

  it('applies RBAC: a user outside any binding may not create deployments', () => {
    const canI = (user: Issued) =>
      kubectl(cluster.kubeconfig(user), 'auth', 'can-i', 'create', 'deployments', '-n', 'prod');
    expect(canI(cluster.admin)).toEqual({ status: 0, stdout: 'yes\n' });
    expect(canI(cluster.clientCert('nobody', ['ci']))).toEqual({ status: 1, stdout: 'no\n' });
  });

  it('a kubeconfig for it passes the offline gate with the certificate CN as identity', () => {
    const run = runAction({ kubeconfig: cluster.kubeconfig(cluster.admin), 'warn-within': '1h' });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs.identity).toBe('admin');
  });
});
