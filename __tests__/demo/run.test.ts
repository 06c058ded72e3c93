/** `kube-preflight demo`: the sandbox audit a newcomer runs first (offline, nothing contacted). */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli, EXIT } from '../../src/cli.js';
import { LIVE_REQUIRE, liveDemo, startCluster } from '../helpers/demo-live.js';

/** Temp dirs (one holds a token), removed when the file ends even if a test or stop() throws. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** The CLI as a non-TTY terminal runs it; what it printed and its exit code. */
async function runCli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await cli(args, {
    out: (s) => (out += s),
    err: (s) => (out += s),
    isTTY: false,
    env: { PATH: process.env.PATH ?? '' },
    cwd: process.cwd(),
  });
  return { code, out };
}

describe('kube-preflight demo', () => {
  it('audits the generated faults, prints the report, writes the job summary, exits 0', async () => {
    const dir = tempDir('kp-demo-');
    const summary = path.join(dir, 'summary.md');
    const { code, out } = await runCli(['demo', '--summary-file', summary]);
    expect(code).toBe(EXIT.ok);
    const rows = out.split('\n').filter((l) => /^(prod|ci|dev|team|staging) +\S/.test(l));
    expect(rows.map((l) => [l.split(/\s+/)[0], l.trim().split(/\s+/).pop()])).toEqual([
      ['prod', 'fail'],
      ['ci', 'fail'],
      ['dev', 'pass'],
      ['team', 'warn'],
      ['staging', 'fail'],
    ]);
    for (const id of [
      'cert/client-expired',
      'exec/not-found',
      'token/expiring',
      'kubeconfig/shadowed-entry',
    ])
      expect(out).toContain(`[${id}]`);
    expect(out).toContain('Install kp-demo-sso-login from the platform team');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('### Audit: 5 contexts, soonest expiry first');
    expect(md).toContain('> [!CAUTION]');
    expect(out).toContain(`The job summary GitHub would show is in ${summary}`);
    expect(out).not.toMatch(/client-key-data: \S{20}/);
    // The sandbox held a private key: it is gone; the summary stays where the output says.
    const sandbox = /KUBECONFIG=(\S+?)\/platform\.yaml/.exec(out)?.[1] ?? '';
    expect(sandbox).toMatch(/kube-preflight-demo-/);
    expect(existsSync(sandbox)).toBe(false);
  });

  it('writes the summary by default into a new private folder, not a fixed name in /tmp', async () => {
    const { code, out } = await runCli(['demo']);
    expect(code).toBe(EXIT.ok);
    const summary = /The job summary GitHub would show is in (\S+)/.exec(out)?.[1] ?? '';
    const folder = path.dirname(summary);
    dirs.push(folder);
    expect(path.basename(folder)).toMatch(/^kube-preflight-demo-summary-\w{6}$/);
    expect(statSync(folder).mode & 0o077).toBe(0); // mkdtemp: the owner's alone
    expect(readFileSync(summary, 'utf8')).toContain('### Audit: 5 contexts');
  });

  it('with the local test cluster: the gate live too — a token ending mid-deploy, a permission RBAC lacks', async () => {
    const cluster = await startCluster({ anonymous: false });
    const dir = tempDir('kp-demo-live-');
    try {
      const { kubeconfig, token } = await liveDemo(cluster, dir);
      const { code, out } = await runCli([
        'demo',
        '--kubeconfig',
        kubeconfig,
        ...LIVE_REQUIRE.flatMap((r) => ['--require', r]),
      ]);
      expect(code).toBe(EXIT.ok);
      const live = out.slice(out.indexOf('Live: the gate against the running cluster'));
      expect(live).toMatch(/can-i +yes create deployments\.apps -n apps/);
      expect(live).toMatch(/can-i +no +delete secrets -n apps/);
      expect(live).toContain('[cluster/permission-missing]');
      expect(live).toMatch(/\[token\/expiring\][\s\S]*expires in 7m \d+s/);
      expect(out).not.toContain(token);
    } finally {
      await cluster.stop();
    }
  }, 60_000);
});
