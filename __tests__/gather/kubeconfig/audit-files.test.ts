import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { auditEntries, expandGlob } from '../../../src/gather/kubeconfig/audit-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kp-glob-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const touch = (rel: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), 'apiVersion: v1\n');
};

describe('auditEntries', () => {
  it('a list of files (lines or the path delimiter) or any glob; else the single-source input', () => {
    expect(auditEntries('a.yaml\nb.yaml\n# note\n', ':')).toEqual(['a.yaml', 'b.yaml']);
    expect(auditEntries('a.yaml:b.yaml', ':')).toEqual(['a.yaml', 'b.yaml']);
    expect(auditEntries('clusters/*.yaml', ':')).toEqual(['clusters/*.yaml']);
    expect(auditEntries('one.yaml', ':')).toBeUndefined();
    expect(auditEntries('apiVersion: v1\nkind: Config\n', ':')).toBeUndefined();
    expect(auditEntries(undefined, ':')).toBeUndefined();
    expect(auditEntries('auto', ':')).toBeUndefined();
  });
});

describe('expandGlob', () => {
  touch('fleet/eu/prod.yaml');
  touch('fleet/eu/stage.yaml');
  touch('fleet/us/prod.yaml');
  touch('fleet/us/.hidden.yaml');
  touch('fleet/us/notes.txt');
  touch('fleet/a1.yaml');

  it('`*` and `?` within a segment, `**` at any depth, sorted, dotfiles only when asked', () => {
    const rel = (ps: string[]) => ps.map((p) => path.relative(dir, p));
    expect(rel(expandGlob('fleet/*/prod.yaml', dir))).toEqual([
      'fleet/eu/prod.yaml',
      'fleet/us/prod.yaml',
    ]);
    expect(rel(expandGlob('fleet/**/*.yaml', dir))).toEqual([
      'fleet/a1.yaml',
      'fleet/eu/prod.yaml',
      'fleet/eu/stage.yaml',
      'fleet/us/prod.yaml',
    ]);
    expect(rel(expandGlob('fleet/a?.yaml', dir))).toEqual(['fleet/a1.yaml']);
    expect(rel(expandGlob('fleet/us/.*.yaml', dir))).toEqual(['fleet/us/.hidden.yaml']);
    expect(expandGlob('fleet/none-*.yaml', dir)).toEqual([]);
    expect(expandGlob('plain/path.yaml', dir)).toEqual([path.join(dir, 'plain/path.yaml')]);
  });

  it('a trailing ** is every file below; ** does not walk into hidden directories', () => {
    touch('fleet/.git/config');
    const rel = (ps: string[]) => ps.map((p) => path.relative(dir, p));
    expect(rel(expandGlob('fleet/**', dir))).toEqual([
      'fleet/a1.yaml',
      'fleet/eu/prod.yaml',
      'fleet/eu/stage.yaml',
      'fleet/us/notes.txt',
      'fleet/us/prod.yaml',
    ]);
    expect(rel(expandGlob('fleet/**/config', dir))).toEqual([]);
    expect(rel(expandGlob('fleet/.git/*', dir))).toEqual(['fleet/.git/config']);
  });

  it('does not follow a directory symlink loop', () => {
    symlinkSync(path.join(dir, 'fleet'), path.join(dir, 'fleet/eu/loop'));
    const found = expandGlob('fleet/**/prod.yaml', dir).map((p) => path.relative(dir, p));
    expect(found).toEqual(['fleet/eu/prod.yaml', 'fleet/us/prod.yaml']);
  });
});
