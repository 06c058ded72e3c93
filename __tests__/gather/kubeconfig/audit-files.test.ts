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
    expect(rel(expandGlob('fleet/*/prod.yaml', dir).files)).toEqual([
      'fleet/eu/prod.yaml',
      'fleet/us/prod.yaml',
    ]);
    expect(rel(expandGlob('fleet/**/*.yaml', dir).files)).toEqual([
      'fleet/a1.yaml',
      'fleet/eu/prod.yaml',
      'fleet/eu/stage.yaml',
      'fleet/us/prod.yaml',
    ]);
    expect(rel(expandGlob('fleet/a?.yaml', dir).files)).toEqual(['fleet/a1.yaml']);
    expect(rel(expandGlob('fleet/us/.*.yaml', dir).files)).toEqual(['fleet/us/.hidden.yaml']);
    expect(expandGlob('fleet/none-*.yaml', dir).files).toEqual([]);
    expect(expandGlob('plain/path.yaml', dir).files).toEqual([path.join(dir, 'plain/path.yaml')]);
  });

  it('a trailing ** is every file below; ** does not walk into hidden directories', () => {
    touch('fleet/.git/config');
    const rel = (ps: string[]) => ps.map((p) => path.relative(dir, p));
    expect(rel(expandGlob('fleet/**', dir).files)).toEqual([
      'fleet/a1.yaml',
      'fleet/eu/prod.yaml',
      'fleet/eu/stage.yaml',
      'fleet/us/notes.txt',
      'fleet/us/prod.yaml',
    ]);
    expect(rel(expandGlob('fleet/**/config', dir).files)).toEqual([]);
    expect(rel(expandGlob('fleet/.git/*', dir).files)).toEqual(['fleet/.git/config']);
  });

  it('does not follow a directory symlink loop', () => {
    symlinkSync(path.join(dir, 'fleet'), path.join(dir, 'fleet/eu/loop'));
    const found = expandGlob('fleet/**/prod.yaml', dir).files.map((p) => path.relative(dir, p));
    expect(found).toEqual(['fleet/eu/prod.yaml', 'fleet/us/prod.yaml']);
  });

  it('says which bound stopped a walk; a walk within its bounds says none', () => {
    for (const f of ['b/top.yaml', 'b/x/one.yaml', 'b/x/two.yaml', 'b/x/y/deep.yaml']) touch(f);
    const at = (...ps: string[]) => ps.map((p) => path.join(dir, 'b', p));
    const bounds = { entries: 1000, files: 1000, depth: 12 };
    expect(expandGlob('b/**/*.yaml', dir, bounds)).toEqual({
      files: at('top.yaml', 'x/one.yaml', 'x/two.yaml', 'x/y/deep.yaml'),
    });
    expect(expandGlob('b/**/*.yaml', dir, { ...bounds, files: 2 })).toEqual({
      files: at('top.yaml', 'x/one.yaml'),
      stopped: 'files',
    });
    // b/ holds 2 entries and b/x/ 3: a budget of 2 reads b/ and nothing below.
    expect(expandGlob('b/**/*.yaml', dir, { ...bounds, entries: 2 })).toEqual({
      files: at('top.yaml'),
      stopped: 'entries',
    });
    expect(expandGlob('b/**/*.yaml', dir, { ...bounds, depth: 1 })).toEqual({
      files: at('top.yaml', 'x/one.yaml', 'x/two.yaml'),
      stopped: 'depth',
    });
  });
});
