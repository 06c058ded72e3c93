/** The heap in use after a full collection, so that growth means retained memory, not garbage. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const gc: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
})();

/** Bytes of heap still in use after a full GC. */
export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}
