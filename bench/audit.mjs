// Audit benchmark: `kube-preflight audit` offline over 100, 1,000 and 5,000 contexts (target: time
// linear in contexts; 5,000 under 3 s), and live against the real kube-apiserver on loopback over
// 200 contexts at concurrency 8 and 32, with peak RSS and the file descriptors the process still
// holds at exit (a leak shows as a count that grows with the work).
// Usage: node bench/audit.mjs [runs]   (needs the cluster binaries: bash test/cluster/build.sh)
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokenFleet } from './fleet.mjs';
import { importHelper, startBenchCluster } from './harness.mjs';
import { CLI, isMain, machine, measure, mib, ms, root, table, tmpDir } from './lib.mjs';

/** `kube-preflight audit --json …args`, checked to report every context. */
async function audit(label, args, contexts, runs) {
  const r = await measure(label, [[process.execPath, CLI, 'audit', '--json', ...args]], {
    runs,
    env: { KUBECONFIG: '', NO_COLOR: '1' },
  });
  const report = JSON.parse(r.stdout);
  if (report.contexts.length !== contexts)
    throw new Error(`${label}: ${report.contexts.length} contexts reported, ${contexts} expected`);
  return { ...r, contexts, passed: report.contexts.filter((c) => c.status !== 'fail').length };
}

export async function auditBench({ runs = 3 } = {}) {
  const tmp = tmpDir('audit');
  const results = [];
  try {
    for (const n of [100, 1000, 5000]) {
      const file = path.join(tmp, `fleet-${n}.yaml`);
      writeFileSync(file, tokenFleet(n));
      results.push(
        await audit(
          `offline, ${n.toLocaleString('en')} contexts`,
          ['--offline', '--kubeconfig', file],
          n,
          runs,
        ),
      );
    }
    const { certFleet } = await importHelper(root, tmp, 'cert-fleet');
    const cluster = await startBenchCluster(root, tmp, { anonymous: false });
    try {
      const users = Array.from({ length: 200 }, (_, i) => cluster.clientCert(`fleet-${i}`));
      const file = path.join(tmp, 'live-200.yaml');
      const members = users.map((user, i) => ({ name: `ctx-${i}`, server: cluster.server, user }));
      writeFileSync(file, certFleet(cluster.ca.certPem, members), { mode: 0o600 });
      for (const c of ['8', '32'])
        results.push(
          await audit(
            `live, 200 contexts, concurrency ${c}`,
            ['--kubeconfig', file, '--concurrency', c, '--timeout', '60s'],
            200,
            runs,
          ),
        );
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const [o100, o1k, o5k, l8, l32] = results;
  // Time past start-up per context, between sizes: flat when the audit is linear.
  const slope = (a, b) => (b.median - a.median) / (b.contexts - a.contexts);
  const [s1, s2] = [slope(o100, o1k), slope(o1k, o5k)];
  return {
    title: `Audit (median of ${runs} runs)`,
    table: table(
      [
        'Audit',
        'Median ms',
        'Per context ms',
        'Peak RSS MiB',
        'Open fds at exit',
        'Contexts not failing',
      ],
      results.map((r) => [
        r.label,
        ms(r.median),
        (r.median / r.contexts).toFixed(2),
        mib(r.rssMiB),
        r.fds,
        `${r.passed}/${r.contexts}`,
      ]),
    ),
    notes: [
      `Each further context costs ${s1.toFixed(2)} ms from 100 to 1,000 contexts and ${s2.toFixed(2)} ms from 1,000 to 5,000.`,
      `Open descriptors at exit: ${results.map((r) => r.fds).join(', ')} (the same whatever the work: nothing leaks).`,
    ],
    targets: [
      [
        'audit time linear in contexts (cost per added context from 1,000 to 5,000 ≤ 1.5× that from 100 to 1,000)',
        `${s1.toFixed(2)} → ${s2.toFixed(2)} ms`,
        s2 <= 1.5 * s1,
      ],
      ['5,000 contexts offline under 3 s', `${ms(o5k.median)} ms`, o5k.median < 3000],
      [
        'no descriptor growth with contexts or concurrency',
        `${Math.min(...results.map((r) => r.fds))}–${Math.max(...results.map((r) => r.fds))} fds`,
        new Set(results.map((r) => r.fds)).size === 1,
      ],
      [
        'live audit of 200 contexts: no context fails at concurrency 8 or 32',
        `${l8.passed}/200, ${l32.passed}/200`,
        l8.passed === 200 && l32.passed === 200,
      ],
    ],
  };
}

if (isMain(import.meta.url)) {
  const r = await auditBench({ runs: Number(process.argv[2] ?? 3) });
  console.log(`${machine()}\n\n### ${r.title}\n\n${r.table}\n\n${r.notes.join('\n')}\n`);
  for (const [name, value, ok] of r.targets)
    console.log(`${ok ? 'met' : 'MISSED'}: ${name}: ${value}`);
}
