import { describe, expect, it } from '@jest/globals';
import { MAX_STDERR_BYTES, runBounded } from '../../../src/gather/exec/spawn.js';

/** Node as the plugin: writes `lines` of numbered text to stderr, `perWrite` lines a write. */
async function stderrOf(lines: number, perWrite: number): Promise<{ got: string; all: string }> {
  const line = (i: number) => `line ${i} ${'x'.repeat(i % 97)}\n`;
  const all = Array.from({ length: lines }, (_, i) => line(i)).join('');
  const script = `
    const line = ${line.toString()};
    let i = 0;
    const next = () => {
      let s = '';
      for (let k = 0; k < ${perWrite} && i < ${lines}; k++) s += line(i++);
      if (s) process.stderr.write(s, next);
    };
    next();`;
  const result = await runBounded({
    file: process.execPath,
    args: ['-e', script],
    env: { PATH: process.env.PATH ?? '' },
    cwd: process.cwd(),
    deadline: Date.now() + 20_000,
    signal: new AbortController().signal,
  });
  if (result.kind !== 'exited') throw new Error(`plugin did not exit: ${result.kind}`);
  return { got: result.stderr, all };
}

describe('runBounded keeps the last MAX_STDERR_BYTES of stderr', () => {
  it.each([
    ['a little stderr, kept whole', 10, 3],
    ['many small writes, well past the bound', 20_000, 7],
    ['writes larger than the bound', 20_000, 2_000],
  ])('%s', async (_, lines, perWrite) => {
    const { got, all } = await stderrOf(lines, perWrite);
    expect(got.length).toBe(Math.min(all.length, MAX_STDERR_BYTES));
    expect(got).toBe(all.slice(-MAX_STDERR_BYTES));
  });
});
