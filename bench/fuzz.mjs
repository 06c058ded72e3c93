// The property-based fuzz suites (__tests__/fuzz) at a chosen total, with the cases run per target.
// Usage: node bench/fuzz.mjs [total]   (default 200,000; CI runs the suites at their default 24,000)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { machine, root, table, tmpDir } from './lib.mjs';

const total = Number(process.argv[2] ?? 200_000);
const counts = path.join(tmpDir('fuzz'), 'counts');
const started = Date.now();
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/jest/bin/jest.js'), '__tests__/fuzz'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: '--experimental-vm-modules',
      AWS_EC2_METADATA_DISABLED: 'true',
      KP_FUZZ_RUNS: String(total),
      KP_FUZZ_COUNTS: counts,
    },
  },
);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
const byTarget = new Map();
if (existsSync(counts))
  for (const line of readFileSync(counts, 'utf8').split('\n').filter(Boolean)) {
    const [target, n] = line.split(' ');
    byTarget.set(target, (byTarget.get(target) ?? 0) + Number(n));
  }
rmSync(path.dirname(counts), { recursive: true, force: true });
const sum = [...byTarget.values()].reduce((a, b) => a + b, 0);
console.log(
  `\n${machine()}: ${sum.toLocaleString('en')} cases in ${minutes} min (asked for ${total.toLocaleString('en')})\n`,
);
console.log(
  table(
    ['Target', 'Cases'],
    [
      ...[...byTarget].sort((a, b) => b[1] - a[1]).map(([t, n]) => [t, n.toLocaleString('en')]),
      ['**total**', `**${sum.toLocaleString('en')}**`],
    ],
  ),
);
process.exit(r.status ?? 1);
