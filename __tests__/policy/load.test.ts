import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadPolicy } from '../../src/policy/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kp-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadPolicy', () => {
  it('no file at the default path: no policy; one there: read and checked against the real ids', async () => {
    expect(await loadPolicy(undefined, dir)).toBeUndefined();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(
      path.join(dir, '.github/kube-preflight.yml'),
      'checks:\n  cert/client-expiring: warning\n',
    );
    expect(await loadPolicy('', dir)).toMatchObject({
      path: '.github/kube-preflight.yml',
      problems: [],
      policy: { severity: { 'cert/client-expiring': 'warning' } },
    });
    writeFileSync(path.join(dir, 'typo.yml'), 'checks:\n  cert/client-expirin: warning\n');
    expect((await loadPolicy('typo.yml', dir))?.problems).toEqual([
      {
        line: 2,
        message: 'names no check "cert/client-expirin" (did you mean "cert/client-expiring"?)',
      },
    ]);
  });

  it('a file given but missing, a directory, a FIFO (without blocking): problems, not exceptions', async () => {
    expect(await loadPolicy('nope.yml', dir)).toEqual({
      path: 'nope.yml',
      file: path.join(dir, 'nope.yml'),
      problems: [{ message: 'does not exist' }],
    });
    mkdirSync(path.join(dir, 'a-directory'));
    expect((await loadPolicy('a-directory', dir))?.problems).toEqual([
      { message: 'is not a regular file' },
    ]);
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    expect((await loadPolicy('fifo', dir))?.problems).toEqual([
      { message: 'is not a regular file' },
    ]);
    writeFileSync(path.join(dir, 'big.yml'), `# ${'x'.repeat(300 * 1024)}\n`);
    expect((await loadPolicy('big.yml', dir))?.problems).toEqual([
      { message: 'is larger than 256 KiB' },
    ]);
  });
});
