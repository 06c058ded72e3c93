/** Action entry point. */
import { run } from './main.js';

run().catch(async (err: unknown) => {
  // Only reached on a bug: findings never throw. No stack trace, no secret.
  const { log } = await import('./report/emit.js');
  log.fail(`kube-preflight failed unexpectedly: ${(err as Error)?.message ?? String(err)}`);
});
