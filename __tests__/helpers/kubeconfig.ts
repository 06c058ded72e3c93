/** Temp dirs, GatherEnv and a recording SecretSet for kubeconfig loader tests (real files, no network). */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GatherEnv } from '../../src/gather/env.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { NOW } from './facts.js';

export interface TempDir {
  root: string;
  /** Writes `text` to a path relative to root (folders created) and returns the absolute path. */
  write(rel: string, text: string | Buffer): string;
  path(rel: string): string;
  remove(): void;
}

export function tempDir(prefix = 'kp-kubeconfig-'): TempDir {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    root,
    write(rel, text) {
      const abs = path.join(root, rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
      return abs;
    },
    path: (rel) => path.join(root, rel),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function gatherEnv(
  home: string,
  vars: Record<string, string | undefined> = {},
  cwd = home,
): GatherEnv {
  return {
    env: { HOME: home, ...vars },
    cwd,
    homeDir: home,
    now: () => NOW,
    mask: () => {},
    signal: new AbortController().signal,
    deadline: Date.now() + 60_000, // real time: exec plugins are bounded by the wall clock
  };
}

/** A SecretSet that also lists what was masked, in order. */
export function recordingSecrets(): { secrets: SecretSet; masked: string[] } {
  const masked: string[] = [];
  return { secrets: new SecretSet((s) => masked.push(s)), masked };
}

/** A small kubeconfig: one cluster, user and context per name, optionally current. */
export function kubeconfigYaml(
  opts: {
    name?: string;
    server?: string;
    user?: string;
    current?: string;
    extraUser?: string;
  } = {},
): string {
  const name = opts.name ?? 'ci';
  const user = opts.user ?? `${name}-user`;
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${name}`,
    '  cluster:',
    `    server: ${opts.server ?? `https://${name}.example:6443`}`,
    'users:',
    `- name: ${user}`,
    '  user:',
    `    ${opts.extraUser ?? 'token: tok-' + name + '-0123456789'}`,
    'contexts:',
    `- name: ${name}`,
    '  context:',
    `    cluster: ${name}`,
    `    user: ${user}`,
    ...(opts.current !== undefined ? [`current-context: ${opts.current}`] : []),
    '',
  ].join('\n');
}
