/**
 * The kubeconfig fixes the CLI prints, filled with the context's own names, pasted into `sh -c`
 * with the real kubectl: each command runs, and the next check no longer has the finding. Fails
 * (never skips) when kubectl is not on PATH.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cli } from '../src/cli.js';
import type { Report } from '../src/report/model.js';
import { tempDir } from './helpers/kubeconfig.js';
import { makeCA } from './helpers/pki.js';

const dir = tempDir('kp-fixes-');
afterAll(() => dir.remove());
const CA = Buffer.from(makeCA({ cn: 'fixes-ca' }).certPem).toString('base64');

async function findings(file: string) {
  let out = '';
  await cli(['--kubeconfig', file, '--offline', '--json'], {
    out: (s) => (out += s),
    err: () => {},
    isTTY: false,
    env: { PATH: process.env.PATH ?? '', HOME: dir.root },
    cwd: dir.root,
  });
  return (JSON.parse(out) as Report).findings;
}

/** The printed `kubectl config …` commands of finding `id`, as pasted into a shell. */
async function applyFix(file: string, id: string): Promise<string[]> {
  const fix = (await findings(file)).find((f) => f.id === id)?.remediation ?? '';
  const commands = [...fix.matchAll(/`(kubectl config [^`<]+)`/g)].map((m) => m[1]!);
  for (const c of commands) {
    const r = spawnSync('sh', ['-c', c], {
      env: { PATH: process.env.PATH, HOME: dir.root, KUBECONFIG: file },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ c, status: r.status, stderr: r.stderr }).toEqual({ c, status: 0, stderr: '' });
  }
  return commands;
}

const kubeconfig = (name: string, cluster: string) =>
  dir.write(
    name,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: ci',
      'clusters:',
      `- name: ${JSON.stringify(name)}`,
      '  cluster:',
      '    server: https://127.0.0.1:6443',
      `    certificate-authority-data: ${CA}`,
      ...cluster.split('\n').map((l) => `    ${l}`),
      'contexts:',
      `- name: ci`,
      `  context: {cluster: ${JSON.stringify(name)}, user: ci}`,
      'users:',
      '- name: ci',
      '  user: {token: kp-fixes-token}',
      '',
    ].join('\n'),
  );

describe('printed kubeconfig fixes, run with the real kubectl', () => {
  it('insecure-skip-tls-verify beside a CA: set-cluster, on a name the shell must quote', async () => {
    const name = "team a's cluster";
    const file = kubeconfig(name, 'insecure-skip-tls-verify: true');
    const commands = await applyFix(file, 'kubeconfig/insecure-with-ca');
    expect(commands).toEqual([
      `kubectl config set-cluster 'team a'\\''s cluster' --insecure-skip-tls-verify=false`,
    ]);
    expect((await findings(file)).map((f) => f.id)).not.toContain('kubeconfig/insecure-with-ca');
  });

  it('a proxy-url kubectl refuses: unset clusters.<name>.proxy-url', async () => {
    const file = kubeconfig('prod', 'proxy-url: ftp://proxy.example:21');
    const commands = await applyFix(file, 'kubeconfig/proxy-url-invalid');
    expect(commands).toContain('kubectl config unset clusters.prod.proxy-url');
    expect((await findings(file)).map((f) => f.id)).not.toContain('kubeconfig/proxy-url-invalid');
  });
});
