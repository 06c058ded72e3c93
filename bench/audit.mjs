// Audit benchmark (issue 5): `kube-preflight audit` offline over 100, 1,000 and 5,000 contexts
// (target: 5,000 under 3 s), and live against the real kube-apiserver on loopback over 20 and 200
// contexts at concurrency 8 (wall time should scale with contexts ÷ concurrency), with the file
// descriptors the process still holds at exit (no leak: the count does not grow with contexts).
// Usage: node bench/audit.mjs [runs]   (needs the cluster binaries: bash test/cluster/build.sh)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenFleet } from './fleet.mjs';
import { startBenchCluster } from './harness.mjs';

const runs = Number(process.argv[2] ?? 3);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kp-bench-audit-'));
const rssFile = path.join(tmp, 'rss');
const hook = path.join(root, 'bench', 'peak-rss.mjs');
const cli = path.join(root, 'dist', 'cli.js');

/** Median wall time, peak RSS and open fds at exit of `kube-preflight audit …args`. */
function measure(label, args, contexts) {
  const times = [];
  let rss = 0;
  let fds = 0;
  let report;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', hook, cli, 'audit', '--json', ...args], {
      env: { ...process.env, KP_BENCH_RSS_FILE: rssFile, KUBECONFIG: '', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${label} exited ${r.status}: ${r.stderr}`);
    const [kib, open] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    rss = Math.max(rss, kib);
    fds = Math.max(fds, open);
    report = JSON.parse(r.stdout);
  }
  if (report.contexts.length !== contexts)
    throw new Error(`${label}: ${report.contexts.length} contexts reported, ${contexts} expected`);
  times.sort((a, b) => a - b);
  const passed = report.contexts.filter((c) => c.status !== 'fail').length;
  return {
    label,
    median: times[Math.floor(times.length / 2)],
    rssMiB: rss / 1024,
    fds,
    passed,
    contexts,
  };
}

const results = [];
for (const n of [100, 1000, 5000]) {
  const file = path.join(tmp, `fleet-${n}.yaml`);
  writeFileSync(file, tokenFleet(n));
  results.push(
    measure(`offline, ${n.toLocaleString('en')} contexts`, ['--offline', '--kubeconfig', file], n),
  );
}

const cluster = await startBenchCluster(root, tmp, { anonymous: false });
try {
  const users = Array.from({ length: 200 }, (_, i) => cluster.clientCert(`fleet-${i}`));
  const b64 = (s) => Buffer.from(s).toString('base64');
  const liveFleet = (n) => {
    const ca = b64(cluster.ca.certPem);
    const names = users.slice(0, n).map((_, i) => `ctx-${i}`);
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      ...names.map(
        (c) =>
          `- {name: ${c}, cluster: {server: "${cluster.server}", certificate-authority-data: ${ca}}}`,
      ),
      'users:',
      ...names.map(
        (c, i) =>
          `- {name: ${c}, user: {client-certificate-data: ${b64(users[i].certPem)}, client-key-data: ${b64(users[i].keyPem)}}}`,
      ),
      'contexts:',
      ...names.map((c) => `- {name: ${c}, context: {cluster: ${c}, user: ${c}}}`),
      '',
    ].join('\n');
  };
  for (const n of [20, 200]) {
    const file = path.join(tmp, `live-${n}.yaml`);
    writeFileSync(file, liveFleet(n), { mode: 0o600 });
    results.push(
      measure(
        `live, ${n} contexts, concurrency 8`,
        ['--kubeconfig', file, '--concurrency', '8', '--timeout', '60s'],
        n,
      ),
    );
  }
} finally {
  await cluster.stop();
  rmSync(tmp, { recursive: true, force: true });
}

console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs, ${runs} runs each (median wall time)\n`,
);
console.log(
  '| Audit | Median ms | Per context ms | Peak RSS MiB | Open fds at exit | Contexts passed |',
);
console.log('|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.label} | ${r.median.toFixed(0)} | ${(r.median / r.contexts).toFixed(2)} | ${r.rssMiB.toFixed(1)} | ${r.fds} | ${r.passed}/${r.contexts} |`,
  );
