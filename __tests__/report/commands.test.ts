/** The workflow commands the action writes, against @actions/core's own as the oracle. */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  addMaskCommand,
  annotationLine,
  commandLine,
  outputEntry,
} from '../../src/report/commands.js';

/** What `call` writes to stdout. */
function stdoutOf(call: () => void): string {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    call();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const TRICKY = [
  'plain-token-value',
  '100%\r\nsecond line%0A',
  '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n',
  'üñíçødé :: %25 ,= 😀',
];

describe('workflow commands, as @actions/core writes them', () => {
  it.each(TRICKY)('add-mask: %j', (secret) => {
    expect(addMaskCommand(secret)).toBe(stdoutOf(() => core.setSecret(secret)));
    expect(addMaskCommand(secret)).toMatch(/^::add-mask::[^\r\n]*\n$/);
  });

  it.each([
    ['error', {}],
    ['warning', { title: 'Token expired (token/expired)' }],
    ['notice', { title: 'a: b, c%', file: 'ci/kube config.yaml', startLine: 7, startColumn: 3 }],
    ['error', { title: '', file: 'x', startLine: 0 }],
  ] as const)('%s annotation with %j', (level, props) => {
    for (const message of TRICKY)
      expect(annotationLine(level, message, props)).toBe(
        stdoutOf(() => core[level](message, props)),
      );
  });

  it('set-output without GITHUB_OUTPUT (the old stdout command)', () => {
    const saved = process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_OUTPUT;
    try {
      const ours = `\n${commandLine('set-output', 'a,b:c\nd', { name: 'result' })}`;
      expect(ours).toBe(stdoutOf(() => core.setOutput('result', 'a,b:c\nd')));
    } finally {
      if (saved !== undefined) process.env.GITHUB_OUTPUT = saved;
    }
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'kp-commands-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a GITHUB_OUTPUT entry reads back like core’s (delimiters differ: random)', () => {
    const [theirs, ours] = [path.join(dir, 'core'), path.join(dir, 'ours')];
    writeFileSync(theirs, '');
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = theirs;
    try {
      core.setOutput('report', 'line one\nline two');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
    writeFileSync(ours, outputEntry('report', 'line one\nline two', 'ghadelimiter_x'));
    const shape = (f: string) => readFileSync(f, 'utf8').replace(/ghadelimiter_[\w-]+/g, 'D');
    expect(shape(ours)).toBe(shape(theirs));
    expect(() => outputEntry('x', 'has ghadelimiter_x inside', 'ghadelimiter_x')).toThrow();
  });
});
