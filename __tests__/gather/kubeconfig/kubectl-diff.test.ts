/**
 * Differential tests: for each setup, what our loader resolves equals what the real
 * `kubectl config view --minify --flatten` resolves, and every setup kubectl refuses is one
 * where our loader marks a file invalid/unreadable or a kubeconfig check reports an error.
 * These tests fail (never skip) when kubectl is not on PATH.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveAgainst } from '../../../src/gather/files.js';
import { loadKubeconfig, selectTargets } from '../../../src/gather/kubeconfig/index.js';
import type { Check } from '../../../src/model/check.js';
import { facts } from '../../helpers/facts.js';
import { makeCA } from '../../helpers/pki.js';
import { gatherEnv, recordingSecrets, tempDir, type TempDir } from '../../helpers/kubeconfig.js';
import { SCENARIOS, type Scenario } from './kubectl-corpus.js';

const CHECKS_DIR = path.resolve(import.meta.dirname, '../../../src/checks/kubeconfig');
let checks: Check[] = [];
let kubectlProblem: string | undefined;
let pki: TempDir;
let caPem = '';

beforeAll(async () => {
  const probe = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    kubectlProblem = `kubectl is required on PATH for these differential tests (${probe.error?.message ?? probe.stderr})`;
  }
  checks = await Promise.all(
    readdirSync(CHECKS_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map(async (f) => ((await import(path.join(CHECKS_DIR, f))) as { default: Check }).default),
  );
  pki = tempDir('kp-pki-');
  caPem = makeCA({ cn: 't' }).certPem;
});
afterAll(() => pki?.remove());

function requireKubectl(): void {
  if (kubectlProblem) throw new Error(kubectlProblem);
}

type KubectlView = {
  'current-context': string;
  contexts: { name: string; context: { cluster?: string; user?: string } }[];
  clusters: { name: string; cluster: { server?: string; 'certificate-authority-data'?: string } }[];
  users: { name: string }[];
};

function kubectlView(home: string, s: Scenario) {
  const args = ['config', 'view', '--minify', '--flatten', '-o', 'json'];
  if (s.context) args.push('--context', s.context);
  const r = spawnSync('kubectl', args, {
    cwd: path.join(home, s.cwd ?? ''),
    env: { PATH: process.env.PATH, HOME: home, KUBECONFIG: s.kubeconfig },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const failed = r.status !== 0 || /^error:/m.test(r.stderr);
  return failed
    ? { ok: false as const, stderr: r.stderr }
    : { ok: true as const, view: JSON.parse(r.stdout) as KubectlView };
}

async function ours(home: string, s: Scenario) {
  const { secrets } = recordingSecrets();
  const env = gatherEnv(home, { KUBECONFIG: s.kubeconfig }, path.join(home, s.cwd ?? ''));
  const kc = await loadKubeconfig({ kind: 'auto' }, env, secrets);
  const targets = selectTargets(kc, s.context);
  const f = facts({
    kubeconfig: kc,
    targets,
    ...(s.context ? { requestedContext: s.context } : {}),
  });
  const errors = checks.flatMap((c) =>
    c
      .run(f)
      .filter((d) => (d.severity ?? c.severity) === 'error')
      .map((d) => `${c.id}: ${d.message}`),
  );
  return { kc, targets, errors };
}

describe('kubeconfig loader vs kubectl config view', () => {
  it('has a corpus of at least 12 setups kubectl accepts and covers refusals', () => {
    expect(SCENARIOS.filter((s) => !s.refused).length).toBeGreaterThanOrEqual(12);
    expect(SCENARIOS.filter((s) => s.refused).length).toBeGreaterThanOrEqual(12);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    requireKubectl();
    const home = tempDir('kp-diff-');
    try {
      for (const [rel, text] of Object.entries(s.files)) {
        home.write(rel, text.replaceAll('{CA}', Buffer.from(caPem).toString('base64')));
      }
      for (const rel of s.pem ?? []) home.write(rel, caPem);
      const kubectl = kubectlView(home.root, s);
      const mine = await ours(home.root, s);
      expect({ refused: !kubectl.ok }).toEqual({ refused: Boolean(s.refused) });
      if (s.onlyKubectlFails) return;
      if (kubectl.ok) {
        const v = kubectl.view;
        const [t] = mine.targets;
        expect({
          context: t?.contextName,
          cluster: t?.cluster?.name,
          user: t?.user?.name,
          server: t?.cluster?.value.server,
        }).toEqual({
          context: v['current-context'],
          cluster: v.contexts[0]?.context.cluster,
          user: v.contexts[0]?.context.user,
          server: v.clusters[0]?.cluster.server,
        });
        expect(v.clusters[0]?.name).toBe(t?.cluster?.name);
        expect(v.users[0]?.name).toBe(t?.user?.name);
        const caFile = t?.cluster?.value['certificate-authority'];
        if (caFile && t?.cluster) {
          const dir = mine.kc.files.find((f) => f.path === t.cluster?.origin.file)?.dir ?? '';
          const flattened = v.clusters[0]?.cluster['certificate-authority-data'];
          expect(flattened).toBe(readFileSync(resolveAgainst(dir, caFile)).toString('base64'));
        }
      } else {
        const refused = mine.kc.files.filter(
          (f) => f.status === 'invalid' || f.status === 'unreadable',
        );
        const explained = refused.length > 0 || mine.errors.length > 0;
        if (!explained)
          throw new Error(`kubectl failed (${kubectl.stderr.trim()}) but we found nothing`);
        expect(explained).toBe(true);
      }
    } finally {
      home.remove();
    }
  });
});
