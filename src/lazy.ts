/**
 * Modules loaded after start-up, one after another, in the order asked. Each compiles on this one
 * thread, so nothing is gained by loading two at once; and under Node's vm modules (Jest's ESM
 * mode) a dynamic import running beside another can settle before the modules they share are
 * linked ("request for './x.js' is not in cache", nodejs/node#33216).
 */
let queue: Promise<unknown> = Promise.resolve();

export function loadLater<T>(load: () => Promise<T>): Promise<T> {
  const next = queue.then(load);
  queue = next.catch(() => undefined);
  return next;
}

/** `load` run once, through the queue; the same promise for every caller after the first. */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= loadLater(load);
    loaded.catch(() => {}); // awaited by the caller that needs it: not an unhandled rejection
    return loaded;
  };
}
