/**
 * Inputs built to exhaust the gate (issue 6): each ends in a clear finding within 2 s and 200 MiB,
 * measured on the bundled action as the runner starts it (wall time includes Node start-up; peak
 * RSS is read by bench/peak-rss.mjs as the process exits).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { aliasBomb } from '../fuzz/arbitraries/alias-bomb.js';
import {
  leakSurfaces,
  masked,
  peakRssProbe,
  runAction,
  type ActionRun,
} from '../helpers/runner.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kp-huge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = [
  'apiVersion: v1',
  'kind: Config',
  'current-context: ci',
  'contexts: [{name: ci, context: {cluster: c, user: u}}]',
  'users: [{name: u, user: {token: TOKEN}}]',
  'clusters:',
  '- {name: c, cluster: {server: "https://127.0.0.1:6443"}}',
].join('\n');

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** The bundle, offline, with its wall time and peak RSS (MiB). */
function measured(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const rss = peakRssProbe(path.join(dir, 'rss'));
  const started = Date.now();
  const run = runAction({ offline: 'true', ...inputs }, { ...rss.env, ...env });
  const ms = Date.now() - started;
  return { run, ms, rssMiB: rss.mib() };
}

function only(run: ActionRun) {
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.code).toBe(1);
  return run.report?.findings ?? [];
}

/** 10 levels of 9, then a kubeconfig whose token is `*j`, the last level: 9^10 scalars. */
const bomb = `${aliasBomb(10, 9)}${HEAD.replace('TOKEN', '*j')}\n`;

describe('inputs built to exhaust the gate end in a finding within 2 s and 200 MiB', () => {
  it('a 50 MB kubeconfig file (input, then KUBECONFIG beside a good file)', () => {
    const big = file('big.yaml', `${HEAD}\n${'# padding\n'.repeat(5_000_000)}`);
    const good = file('good.yaml', HEAD.replace('TOKEN', 'abc'));
    for (const [inputs, env] of [
      [{ kubeconfig: big }, {}],
      [{}, { KUBECONFIG: `${good}:${big}` }],
    ] as const) {
      const { run, ms, rssMiB } = measured(inputs, env);
      const [f] = only(run);
      expect(f).toMatchObject({ id: 'kubeconfig/unparseable', evidence: { refused: 'size' } });
      expect(f?.message).toContain(`${big}: it is 47.7 MiB (50,000,`);
      expect(f?.remediation).toContain('--minify --flatten');
      expect(ms).toBeLessThan(2000);
      expect(rssMiB).toBeLessThan(200);
    }
  });

  it('a YAML alias bomb given as content (9^10 nodes once expanded)', () => {
    const { run, ms, rssMiB } = measured({ kubeconfig: bomb });
    const [f] = only(run);
    expect(f).toMatchObject({ id: 'kubeconfig/unparseable', evidence: { refused: 'aliases' } });
    expect(f?.message).toMatch(/alias bomb/);
    expect(ms).toBeLessThan(2000);
    expect(rssMiB).toBeLessThan(200);
  });

  it('10 MB of entries, under the size limit: refused before parsing, by node count', () => {
    const entry = (i: number) => `- {name: c${i}, cluster: {server: "https://127.0.0.1:6443"}}`;
    const entries = Array.from({ length: 160_000 }, (_, i) => entry(i + 1)).join('\n');
    const p = file('entries.yaml', `${HEAD.replace('TOKEN', 'abc')}\n${entries}\n`);
    const { run, ms, rssMiB } = measured({ kubeconfig: p });
    const [f] = only(run);
    expect(f).toMatchObject({ id: 'kubeconfig/unparseable', evidence: { refused: 'nodes' } });
    expect(ms).toBeLessThan(2000);
    expect(rssMiB).toBeLessThan(200);
  });

  it('a 10 MB token, under every limit: judged as a token, not echoed', () => {
    const token = `kp-canary-${'x'.repeat(10 * 1024 * 1024 - 1000)}`;
    const p = file('token.yaml', HEAD.replace('TOKEN', token));
    const { run, ms, rssMiB } = measured({ kubeconfig: p });
    const ids = only(run).map((f) => f.id);
    expect(ids.some((id) => id.startsWith('token/'))).toBe(true);
    for (const text of Object.values(leakSurfaces(run))) expect(text).not.toContain('x'.repeat(64));
    expect(masked(run)).toEqual([token]);
    expect(ms).toBeLessThan(2000);
    expect(rssMiB).toBeLessThan(200);
  });
});
