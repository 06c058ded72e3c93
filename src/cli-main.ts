#!/usr/bin/env node
/** CLI entry point. */
import { cli, EXIT } from './cli.js';

cli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `kube-preflight failed unexpectedly: ${(err as Error)?.message ?? String(err)}\n`,
    );
    process.exitCode = EXIT.internal;
  },
);
