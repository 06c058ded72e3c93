/** Audit mode against the real kube-apiserver: many contexts, bounded concurrency, one broken. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli } from '../../src/cli.js';
import { certFleet } from '../helpers/cert-fleet.js';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { heapUsed } from '../helpers/heap.js';

const REPS = 5;
import type { Issued } from '../helpers/pki.js';
import { expectNoLeak, expectReadOnly, gate } from './gate.js';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster({ anonymous: false });
}, 120_000);
afterAll(async () => cluster?.stop(), 30_000);

/** A context per user (its own client certificate), and `refused` whose server refuses connections. */
function fleet(users: Issued[], refused: string): string {
  const name = (i: number) => `ctx-${String(i).padStart(2, '0')}`;
  const members = users.map((user, i) => ({ name: name(i), server: cluster.server, user }));
  members.push({ name: refused, server: 'https://127.0.0.1:1', user: users[0] as Issued });
  return certFleet(cluster.ca.certPem, members);
}

describe('audit mode, live', () => {
  it('checks every context with 8 at a time; a refused server fails only its own context', async () => {
    const users = Array.from({ length: 20 }, (_, i) => cluster.clientCert(`fleet-${i}`, ['fleet']));
    const run = await gate(fleet(users, 'zz-refused'), { mode: 'audit', concurrency: '8' });
    const contexts = run.report?.contexts as { name: string; status: string; identity?: string }[];
    expect(contexts).toHaveLength(21);
    const ok = contexts.filter((c) => c.name.startsWith('ctx-'));
    expect(ok.every((c) => c.status === 'pass')).toBe(true);
    expect(ok.map((c) => c.identity)).toEqual(users.map((_, i) => `fleet-${i}`));
    expect(contexts.find((c) => c.name === 'zz-refused')?.status).toBe('fail');
    expect(run.ids).toEqual(['cluster/unreachable']);
    expect(run.summary).toContain('### Audit: 21 contexts, soonest expiry first');
    expect(run.code).toBe(1);
    expectNoLeak(
      run,
      users.map((u) => u.keyPem),
    );
    expectReadOnly(cluster, 20);
  }, 60_000);

  it('at concurrency 32 the bundle prints nothing on stderr (no listener warning)', async () => {
    const users = Array.from({ length: 40 }, (_, i) => cluster.clientCert(`wide-${i}`, ['fleet']));
    // gate() requires an empty stderr: Node's MaxListenersExceededWarning would land there.
    const run = await gate(fleet(users, 'zz-refused'), { mode: 'audit', concurrency: '32' });
    expect(run.report?.contexts).toHaveLength(41);
    expect(run.ids).toEqual(['cluster/unreachable']);
  }, 60_000);

  it('200 contexts at concurrency 8 and 32, five times each: no descriptor or memory growth', async () => {
    const users = Array.from({ length: 200 }, (_, i) => cluster.clientCert(`load-${i}`, ['fleet']));
    const file = path.join(cluster.dir, 'load-kubeconfig.yaml');
    writeFileSync(file, fleet(users, 'zz-refused'), { mode: 0o600 });
    const fds = () => readdirSync('/proc/self/fd').length;
    const heapMiB = () => heapUsed() / 2 ** 20;
    for (const concurrency of ['8', '32']) {
      const before = { fds: fds(), heap: heapMiB() };
      const after: { fds: number; heap: number; passed: number }[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        let out = '';
        const code = await cli(
          [
            'audit',
            '--kubeconfig',
            file,
            '--concurrency',
            concurrency,
            '--json',
            '--timeout',
            '60s',
          ],
          {
            out: (s) => (out += s),
            err: () => {},
            isTTY: false,
            env: { HOME: cluster.dir },
            cwd: cluster.dir,
          },
        );
        expect(code).toBe(1); // zz-refused
        const contexts = (JSON.parse(out) as { contexts: { status: string }[] }).contexts;
        after.push({
          fds: fds(),
          heap: heapMiB(),
          passed: contexts.filter((c) => c.status === 'pass').length,
        });
      }
      expect(after.map((a) => a.passed)).toEqual(Array(REPS).fill(200));
      // Every connection, socket and pipe an audit opens is closed when it returns: the count is
      // the same after each repetition (the first may leave a few one-time handles, such as the
      // libuv thread pool's, which a clean-clone run showed: 21 before, 28 after each).
      const [once] = after.map((a) => a.fds) as [number];
      expect(after.map((a) => a.fds)).toEqual(Array(REPS).fill(once));
      expect(once - before.fds).toBeLessThanOrEqual(10);
      // What stays on the heap after a full collection does not grow with repetitions: from the
      // second run (caches warm) to the last, less than a single run's report (~0.5 MiB) per run.
      const heap = after.map((a) => a.heap);
      expect((heap.at(-1) as number) - (heap[1] as number)).toBeLessThan(1);
      expect((heap[0] as number) - before.heap).toBeLessThan(16);
    }
    expectReadOnly(cluster, 20 + 2 * REPS * 200);
  }, 240_000);
});
