/** Real exec plugins, written as small scripts into a temp folder at test time. */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makeCert } from './pki.js';
import type { GatherEnv } from '../../src/gather/env.js';
import type { Entry, ExecConfig, KubeCluster, KubeUser } from '../../src/model/kubeconfig.js';

export const V1 = 'client.authentication.k8s.io/v1';
export const V1BETA1 = 'client.authentication.k8s.io/v1beta1';

export class PluginDir {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'kp-exec-'));
  readonly bin = path.join(this.dir, 'bin');

  constructor() {
    mkdirSync(this.bin);
  }

  /** Writes an executable script into bin/ and returns its absolute path. */
  script(name: string, body: string, shebang = '#!/bin/sh'): string {
    const file = path.join(this.bin, name);
    writeFileSync(file, `${shebang}\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  /** A node plugin that prints `credential` (a JS expression of the ExecCredential) as JSON. */
  nodePlugin(name: string, credentialExpression: string): string {
    return this.script(
      name,
      `process.stdout.write(JSON.stringify(${credentialExpression}));`,
      '#!/usr/bin/env node',
    );
  }

  file(name: string, content: string): string {
    const file = path.join(this.dir, name);
    writeFileSync(file, content);
    return file;
  }

  read(name: string): string {
    return readFileSync(path.join(this.dir, name), 'utf8');
  }

  /** A fresh self-signed P-256 certificate and key from the test PKI. */
  keyPair(name: string): { cert: string; key: string } {
    const issued = makeCert({ cn: name, keyType: 'p256' });
    return { cert: issued.certPem, key: issued.keyPem };
  }

  get kubeconfig(): string {
    return path.join(this.dir, 'config');
  }

  user(exec: ExecConfig, name = 'ci-user'): Entry<KubeUser> {
    return {
      name,
      value: { exec },
      origin: { file: this.kubeconfig, line: 7 },
      fieldLines: { exec: 9 },
    };
  }

  cluster(value: KubeCluster, file = this.kubeconfig): Entry<KubeCluster> {
    return { name: 'demo', value, origin: { file, line: 3 }, fieldLines: {} };
  }

  /** A GatherEnv with bin/ first on PATH and `budgetMs` of time left. */
  env(budgetMs = 10_000, signal = new AbortController().signal): GatherEnv {
    return {
      env: { PATH: `${this.bin}:${process.env.PATH ?? ''}`, HOME: this.dir, LANG: 'C' },
      cwd: this.dir,
      homeDir: this.dir,
      now: () => new Date(),
      mask: () => {},
      signal,
      deadline: Date.now() + budgetMs,
    };
  }
}
