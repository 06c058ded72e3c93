// Offline gate benchmark: wall time and peak memory of the CLI beside bare `node -e 0`, same run.
// Usage: node bench/offline.mjs [runs]   (the targets: ≤ 100 ms over node start-up for a
// typical kubeconfig; under 1 s for a kubeconfig of 1,000 contexts.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenFleet as kubeconfig } from './fleet.mjs';

const runs = Number(process.argv[2] ?? 15);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kp-bench-'));
const rssFile = path.join(tmp, 'rss');
writeFileSync(path.join(tmp, 'output'), '');
writeFileSync(path.join(tmp, 'summary'), '');
const hook = path.join(root, 'bench', 'peak-rss.mjs');
const cli = path.join(root, 'dist', 'cli.js');

function measure(label, args, extraEnv = {}) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', hook, ...args], {
      env: {
        ...process.env,
        KP_BENCH_RSS_FILE: rssFile,
        KUBECONFIG: '',
        NO_COLOR: '1',
        ...extraEnv,
      },
      encoding: 'utf8',
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${label} exited ${r.status}: ${r.stderr}`);
    rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8').split(' ')[0]));
  }
  times.sort((a, b) => a - b);
  return {
    label,
    median: times[Math.floor(times.length / 2)],
    p90: times[Math.floor(times.length * 0.9)],
    rssMiB: rss / 1024,
  };
}

const typical = path.join(tmp, 'typical.yaml');
const big = path.join(tmp, 'contexts-1000.yaml');
writeFileSync(typical, kubeconfig(3));
writeFileSync(big, kubeconfig(1000));

const results = [
  measure('node -e 0', ['-e', '0']),
  measure('offline gate, typical kubeconfig (3 contexts)', [
    cli,
    '--offline',
    '--kubeconfig',
    typical,
  ]),
  measure('offline gate, 1,000-context kubeconfig', [cli, '--offline', '--kubeconfig', big]),
  measure(
    'action bundle (dist/index.js), typical kubeconfig',
    [path.join(root, 'dist', 'index.js')],
    {
      INPUT_KUBECONFIG: typical,
      INPUT_OFFLINE: 'true',
      GITHUB_OUTPUT: path.join(tmp, 'output'),
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
      RUNNER_TEMP: tmp,
    },
  ),
];
rmSync(tmp, { recursive: true, force: true });

const base = results[0].median;
console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs, ${runs} runs each (median / p90 wall time, peak RSS)\n`,
);
console.log('| Run | Median ms | p90 ms | Over `node -e 0` | Peak RSS MiB |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.label} | ${r.median.toFixed(0)} | ${r.p90.toFixed(0)} | +${(r.median - base).toFixed(0)} ms | ${r.rssMiB.toFixed(1)} |`,
  );
}
