// The property-based fuzz suites (__tests__/fuzz) at a chosen total, with the cases run per target.
// Usage: node bench/fuzz.mjs [total]   (default 200,000; CI runs the suites at their default total,
// DEFAULT_TOTAL in __tests__/fuzz/budget.ts). Exits nonzero when jest fails or fewer cases ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { machine, root, table, tmpDir } from './lib.mjs';

const total = Number(process.argv[2] ?? 200_000);
if (!Number.isInteger(total) || total < 1) {
  console.error(`usage: node bench/fuzz.mjs [total cases]  (got "${process.argv[2]}")`);
  process.exit(2);
}
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
const wall = (Date.now() - started) / 1000;

// Each property appends `<target> <cases> <ms> <p99 ms> <slowest ms>` (see budget.ts).
const byTarget = new Map();
if (existsSync(counts))
  for (const line of readFileSync(counts, 'utf8').split('\n').filter(Boolean)) {
    const [target, ...n] = line.split(' ');
    const [cases = 0, ms = 0, p99 = 0, slowest = 0] = n.map(Number);
    const t = byTarget.get(target) ?? { cases: 0, ms: 0, p99: 0, slowest: 0 };
    byTarget.set(target, {
      cases: t.cases + cases,
      ms: t.ms + ms,
      p99: Math.max(t.p99, p99),
      slowest: Math.max(t.slowest, slowest),
    });
  }
rmSync(path.dirname(counts), { recursive: true, force: true });

const rows = [...byTarget].sort((a, b) => a[0].localeCompare(b[0]));
const sum = rows.reduce((s, [, t]) => s + t.cases, 0);
const n = (x) => Math.round(x).toLocaleString('en');
console.log(
  `\n${machine()}: ${n(sum)} cases (asked for ${n(total)}) in ${n(wall)} s of wall time\n`,
);
console.log(
  table(
    ['Target', 'Cases', 'Time (s)', 'p99 case (ms)', 'Slowest case (ms)'],
    [
      ...rows.map(([target, t]) => [
        target,
        n(t.cases),
        (t.ms / 1000).toFixed(1),
        t.p99.toFixed(1),
        n(t.slowest),
      ]),
      [
        '**total**',
        `**${n(sum)}**`,
        (rows.reduce((s, [, t]) => s + t.ms, 0) / 1000).toFixed(1),
        '',
        '',
      ],
    ],
  ),
);
if (r.status === 0 && sum < total) console.error(`\nOnly ${n(sum)} of ${n(total)} cases ran.`);
process.exit(r.status !== 0 ? (r.status ?? 1) : sum < total ? 1 : 0);
