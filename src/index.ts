/** Action entry point. */
import { run } from './main.js';

run().catch(async (err: unknown) => {
  // Only reached on a bug: findings never throw. No stack trace, no secret.
  const core = await import('@actions/core');
  core.setFailed(`kube-preflight failed unexpectedly: ${(err as Error)?.message ?? String(err)}`);
});
