import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import * as path from 'node:path';
import {
  kubeconfigEnvList,
  loadKubeconfig,
  selectTargets,
} from '../../../src/gather/kubeconfig/index.js';
import {
  gatherEnv,
  kubeconfigYaml,
  recordingSecrets,
  tempDir,
  type TempDir,
} from '../../helpers/kubeconfig.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

async function loadEnv(kubeconfigVar: string | undefined, cwd?: string) {
  const { secrets, masked } = recordingSecrets();
  const env = gatherEnv(dir.root, { KUBECONFIG: kubeconfigVar }, cwd ?? dir.root);
  return { kc: await loadKubeconfig({ kind: 'auto' }, env, secrets), masked };
}

describe('loadKubeconfig: which files', () => {
  it('reads ~/.kube/config when KUBECONFIG is unset or empty', async () => {
    const file = dir.write('.kube/config', kubeconfigYaml({ current: 'ci' }));
    for (const value of [undefined, '']) {
      const { kc } = await loadEnv(value);
      expect(kc.source).toEqual({ kind: 'default', given: [file] });
      expect(kc.files.map((f) => [f.path, f.status])).toEqual([[file, 'loaded']]);
      expect(kc.currentContext).toEqual({ name: 'ci', origin: { file, line: 16 } });
    }
  });

  it('reports a missing default file as missing', async () => {
    const { kc } = await loadEnv(undefined);
    expect(kc.files).toMatchObject([{ path: dir.path('.kube/config'), status: 'missing' }]);
  });

  it('splits, de-duplicates and resolves KUBECONFIG against the cwd', async () => {
    expect(kubeconfigEnvList('a::b:a:')).toEqual(['a', 'b']);
    dir.write('work/a.yaml', kubeconfigYaml({ name: 'a' }));
    const { kc } = await loadEnv('a.yaml::missing.yaml:a.yaml', dir.path('work'));
    expect(kc.source).toEqual({
      kind: 'env',
      given: [dir.path('work/a.yaml'), dir.path('work/missing.yaml')],
    });
    expect(kc.files.map((f) => f.status)).toEqual(['loaded', 'missing']);
    expect(kc.files[0]?.dir).toBe(dir.path('work'));
  });

  it('refuses directories and FIFOs without hanging', async () => {
    dir.write('d/placeholder', '');
    execFileSync('mkfifo', [dir.path('fifo')]);
    const { kc } = await loadEnv(`${dir.path('d')}:${dir.path('fifo')}`);
    expect(kc.files.map((f) => [f.status, f.error])).toEqual([
      ['unreadable', 'is a directory, not a file'],
      ['unreadable', expect.stringContaining('not a regular file')],
    ]);
  });

  // root reads any file regardless of mode, so permission errors can only be produced as non-root.
  const asNonRoot = process.getuid?.() === 0 ? it.skip : it;
  asNonRoot('reports a file without read permission as unreadable (EACCES)', async () => {
    const f = dir.write('locked.yaml', kubeconfigYaml());
    chmodSync(f, 0o000);
    const { kc } = await loadEnv(f);
    expect(kc.files[0]).toMatchObject({
      status: 'unreadable',
      error: expect.stringContaining('EACCES'),
    });
  });

  it('refuses files that are not UTF-8', async () => {
    dir.write('bin', Buffer.from([0xff, 0xfe, 0x00, 0x61]));
    const { kc } = await loadEnv(dir.path('bin'));
    expect(kc.files[0]).toMatchObject({
      status: 'invalid',
      error: expect.stringContaining('UTF-8'),
    });
  });

  it('loads explicit paths relative to the cwd and expands ~/', async () => {
    const a = dir.write('.kube/a.yaml', kubeconfigYaml({ name: 'a', current: 'a' }));
    const { secrets } = recordingSecrets();
    const env = gatherEnv(dir.root, {}, dir.path('.kube'));
    const one = await loadKubeconfig(
      { kind: 'paths', paths: ['a.yaml'], explicit: true },
      env,
      secrets,
    );
    expect(one.source).toEqual({ kind: 'paths', given: [a] });
    const tilde = await loadKubeconfig(
      { kind: 'paths', paths: ['~/.kube/a.yaml', 'nope.yaml'], explicit: false },
      env,
      secrets,
    );
    expect(tilde.files.map((f) => [f.path, f.status])).toEqual([
      [a, 'loaded'],
      [dir.path('.kube/nope.yaml'), 'missing'],
    ]);
  });
});

describe('loadKubeconfig: inline content', () => {
  it('parses YAML content as one file `<input>` in the cwd and masks the whole document', async () => {
    const text = kubeconfigYaml({ current: 'ci' });
    const { secrets, masked } = recordingSecrets();
    const env = gatherEnv(dir.root, {}, dir.path('w'));
    const kc = await loadKubeconfig({ kind: 'content', text, encoding: 'yaml' }, env, secrets);
    expect(kc.source).toEqual({ kind: 'content', encoding: 'yaml' });
    expect(kc.files).toMatchObject([{ path: '<input>', dir: dir.path('w'), status: 'loaded' }]);
    expect(kc.users.get('ci-user')?.origin.file).toBe('<input>');
    expect(masked[0]).toBe(text);
    expect(masked).toContain('tok-ci-0123456789');
  });

  it('decodes base64 content and masks both forms', async () => {
    const yaml = kubeconfigYaml({ current: 'ci' });
    const b64 = Buffer.from(yaml).toString('base64');
    const { secrets, masked } = recordingSecrets();
    const kc = await loadKubeconfig(
      { kind: 'content', text: b64, encoding: 'base64' },
      gatherEnv(dir.root),
      secrets,
    );
    expect(kc.currentContext?.name).toBe('ci');
    expect(masked.slice(0, 2)).toEqual([b64, yaml]);
  });

  it('represents an empty input as an empty `<input>` file', async () => {
    const { secrets } = recordingSecrets();
    const kc = await loadKubeconfig({ kind: 'empty' }, gatherEnv(dir.root), secrets);
    expect(kc.files).toMatchObject([{ path: '<input>', status: 'empty' }]);
    expect(selectTargets(kc)).toEqual([]);
  });
});

describe('merging and target selection', () => {
  it('first file wins whole entries; current-context from the first file that sets one', async () => {
    const one = dir.write(
      'one.yaml',
      'current-context: ""\nclusters:\n- name: shared\n  cluster: {server: https://one.example}\n',
    );
    const two = dir.write(
      'two.yaml',
      [
        'current-context: prod',
        'clusters:',
        '- name: shared',
        '  cluster: {server: https://two.example, insecure-skip-tls-verify: true}',
        'users:',
        '- name: ci',
        '  user: {token: tok-two-0123456789}',
        'contexts:',
        '- name: prod',
        '  context: {cluster: shared, user: ci, namespace: apps}',
        '',
      ].join('\n'),
    );
    const three = dir.write('three.yaml', 'current-context: other\n');
    const { kc } = await loadEnv([one, two, three].join(':'));
    expect(kc.clusters.get('shared')?.value).toEqual({ server: 'https://one.example' });
    expect(kc.clusters.get('shared')?.origin).toMatchObject({ file: one, line: 3 });
    expect(kc.currentContext).toEqual({ name: 'prod', origin: { file: two, line: 1 } });
    expect(kc.shadowed).toHaveLength(1);
    expect(kc.shadowed[0]).toMatchObject({ kind: 'cluster', name: 'shared' });
    expect(kc.shadowed[0]?.winner.origin.file).toBe(one);
    expect(kc.shadowed[0]?.losers.map((l) => l.origin.file)).toEqual([two]);

    const [t] = selectTargets(kc);
    expect(t?.contextName).toBe('prod');
    expect(t?.selectedBy).toBe('current-context');
    expect(t?.cluster?.origin.file).toBe(one);
    expect(t?.user?.name).toBe('ci');
    expect(selectTargets(kc, 'prod')[0]?.selectedBy).toBe('input');
    expect(selectTargets(kc, 'missing')).toEqual([]);
  });

  it('does not call a name repeated inside one file shadowing', async () => {
    const f = dir.write(
      'dup.yaml',
      'clusters:\n- name: a\n  cluster: {server: https://1}\n- name: a\n  cluster: {server: https://2}\n',
    );
    const { kc } = await loadEnv(f);
    expect(kc.files[0]?.status).toBe('invalid');
    expect(kc.shadowed).toEqual([]);
    expect(kc.clusters.get('a')?.value.server).toBe('https://1');
  });

  it('leaves cluster and user undefined when the context names missing entries', async () => {
    const f = dir.write(
      'c.yaml',
      'contexts:\n- name: x\n  context: {cluster: nope, user: ""}\ncurrent-context: x\n',
    );
    const { kc } = await loadEnv(path.relative(dir.root, f));
    const [t] = selectTargets(kc);
    expect(t).toMatchObject({ contextName: 'x', cluster: undefined, user: undefined });
    expect(t?.context?.fieldLines).toEqual({ cluster: 3, user: 3 });
  });
});
