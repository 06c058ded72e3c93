/** Action entry point. */
import * as core from '@actions/core';
import { run } from './main.js';

run().catch((err: unknown) => {
  // Only reached on a bug: findings never throw. No stack trace, no secret.
  core.setFailed(`kube-preflight failed unexpectedly: ${(err as Error)?.message ?? String(err)}`);
});
