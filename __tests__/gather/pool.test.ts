import { describe, expect, it } from '@jest/globals';
import { inPool } from '../../src/gather/pool.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('inPool', () => {
  it('runs every item with at most `limit` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await inPool([...Array(20).keys()], 4, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await tick(5 + (i % 3));
      inFlight--;
      done.push(i);
    });
    expect(peak).toBe(4);
    expect([...done].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('finishes the others when one rejects, then rethrows the first rejection', async () => {
    const done: number[] = [];
    const run = inPool([1, 2, 3, 4], 2, async (i) => {
      await tick(i);
      if (i === 2) throw new Error('bug in 2');
      done.push(i);
    });
    await expect(run).rejects.toThrow('bug in 2');
    expect(done.sort()).toEqual([1, 3, 4]);
  });

  it('an empty list resolves at once', async () => {
    await expect(inPool([], 8, () => Promise.reject(new Error('never')))).resolves.toBeUndefined();
  });
});
