// Live gate benchmark: the full live check (whoami + three `require` lines + credential lifetimes)
// against a real kube-apiserver on loopback, beside the shell steps people write today for the
// same answers (`kubectl auth whoami`, three `kubectl auth can-i`, `openssl x509 -enddate`), and
// bare `node -e 0` — all in one run. Targets (issue 3): ≥ 3× faster than the shell steps, and
// under 150 ms added to bare Node start-up.
// Usage: node bench/live.mjs [runs]   (needs the cluster binaries: bash test/cluster/build.sh)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchCluster } from './harness.mjs';

const runs = Number(process.argv[2] ?? 15);
const RTT_MS = Number(process.env.KP_BENCH_RTT_MS ?? 40);

/**
 * A TCP forwarder on loopback, in its own process (the measurements block this one), that delays
 * every chunk by half the round trip each way: both tools pay the latency of a cluster in another
 * region. TLS passes through untouched.
 */
const DELAY_PROXY = `
const net = require('node:net');
const [target, oneWay] = process.argv.slice(1).map(Number);
const relay = (from, to) => from.on('data', (c) => setTimeout(() => to.destroyed || to.write(c), oneWay));
const server = net.createServer((client) => {
  const upstream = net.connect(target, '127.0.0.1');
  for (const [a, b] of [[client, upstream], [upstream, client]]) {
    a.on('error', () => {});
    a.on('close', () => setTimeout(() => b.destroy(), oneWay));
    relay(a, b);
  }
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0)).resume();
`;

async function delayProxy(targetPort, oneWayMs) {
  const child = spawn(process.execPath, ['-e', DELAY_PROXY, String(targetPort), String(oneWayMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve) =>
    child.stdout.once('data', (d) => resolve(Number(String(d)))),
  );
  return { port, close: () => child.stdin.end() };
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kp-bench-live-'));
const rssFile = path.join(tmp, 'rss');
const hook = path.join(root, 'bench', 'peak-rss.mjs');

const cluster = await startBenchCluster(root, tmp);

const REQUIRE = [
  ['create', 'deployments.apps', '-n', 'prod'],
  ['patch', 'services', '-n', 'prod'],
  ['get', 'configmaps/app-config', '-n', 'prod'],
];
try {
  await cluster.createNamespace('prod');
  await cluster.grant({
    user: 'ci-deployer',
    namespace: 'prod',
    rules: [
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] },
      { apiGroups: [''], resources: ['services'], verbs: ['patch'] },
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
    ],
  });
  const user = cluster.clientCert('ci-deployer');
  const kubeconfig = path.join(tmp, 'kubeconfig');
  const certFile = path.join(tmp, 'client.crt');
  writeFileSync(kubeconfig, cluster.kubeconfig(user), { mode: 0o600 });
  writeFileSync(certFile, user.certPem);
  writeFileSync(path.join(tmp, 'output'), '');
  writeFileSync(path.join(tmp, 'summary'), '');
  const home = path.join(tmp, 'home'); // kubectl's discovery cache stays warm between runs
  const env = { ...process.env, HOME: home, KUBECONFIG: kubeconfig, NO_COLOR: '1' };

  /** Runs `steps` (each a command line) in sequence, `runs` times; wall time and peak RSS. */
  /** Runs `steps` in sequence `runs` times (after a warm-up) for wall time; one more run for RSS. */
  function measure(label, steps, extraEnv = {}) {
    const run = (withHook) => {
      let rss = 0;
      for (const [file, ...args] of steps) {
        const node = file === process.execPath;
        const r = spawnSync(file, node && withHook ? ['--import', hook, ...args] : args, {
          env: { ...env, ...extraEnv, KP_BENCH_RSS_FILE: rssFile },
          encoding: 'utf8',
        });
        if (r.status !== 0)
          throw new Error(`${label}: ${file} exited ${r.status}\n${r.stdout}${r.stderr}`);
        if (node && withHook)
          rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8').split(' ')[0]));
      }
      return rss;
    };
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
      const start = process.hrtime.bigint();
      run(false);
      if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6); // first run warms caches
    }
    times.sort((a, b) => a - b);
    return {
      label,
      median: times[Math.floor(times.length / 2)],
      p90: times[Math.floor(times.length * 0.9)],
      rssMiB: run(true) / 1024,
    };
  }

  const cli = path.join(root, 'dist', 'cli.js');
  const requireFlags = REQUIRE.flatMap((r) => ['--require', r.join(' ')]);
  const slow = await delayProxy(cluster.port, RTT_MS / 2);
  const slowKubeconfig = path.join(tmp, 'kubeconfig-slow');
  writeFileSync(
    slowKubeconfig,
    cluster.kubeconfig(user, { server: `https://127.0.0.1:${slow.port}` }),
    { mode: 0o600 },
  );

  const suite = (kc) => [
    measure(
      'live gate: kube-preflight CLI (whoami + 3 require + lifetimes + kubectl version)',
      [[process.execPath, cli, '--kubeconfig', kc, ...requireFlags, '--fail-on', 'never']],
      { KUBECONFIG: kc },
    ),
    measure(
      'live gate: the action bundle (dist/index.js), same inputs',
      [[process.execPath, path.join(root, 'dist', 'index.js')]],
      {
        KUBECONFIG: kc,
        INPUT_KUBECONFIG: kc,
        INPUT_REQUIRE: REQUIRE.map((r) => r.join(' ')).join('\n'),
        GITHUB_OUTPUT: path.join(tmp, 'output'),
        GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
        RUNNER_TEMP: tmp,
      },
    ),
    measure(
      'shell steps: kubectl auth whoami + 3× kubectl auth can-i + openssl x509 -enddate',
      [
        ['kubectl', 'auth', 'whoami'],
        ...REQUIRE.map((r) => ['kubectl', 'auth', 'can-i', ...r]),
        ['openssl', 'x509', '-enddate', '-noout', '-in', certFile],
      ],
      { KUBECONFIG: kc },
    ),
  ];
  const bare = measure('node -e 0', [[process.execPath, '-e', '0']]);
  const direct = suite(kubeconfig);
  const far = suite(slowKubeconfig);
  slow.close();
  console.log(
    `Node ${process.version}, ${os.cpus().length} CPUs, kube-apiserver v1.37.2 on loopback, ${runs} runs each after one warm-up (median / p90 ms)\n`,
  );
  console.log(
    `| Run | loopback: median | p90 | ${RTT_MS} ms RTT: median | p90 | Peak RSS MiB (node) |`,
  );
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${bare.label} | ${bare.median.toFixed(0)} | ${bare.p90.toFixed(0)} | — | — | ${bare.rssMiB.toFixed(1)} |`,
  );
  direct.forEach((r, i) => {
    const f = far[i];
    console.log(
      `| ${r.label} | ${r.median.toFixed(0)} | ${r.p90.toFixed(0)} | ${f.median.toFixed(0)} | ${f.p90.toFixed(0)} | ${r.rssMiB ? r.rssMiB.toFixed(1) : '—'} |`,
    );
  });
  for (const [name, [gate, action, shell]] of [
    ['loopback', direct],
    [`${RTT_MS} ms RTT`, far],
  ]) {
    console.log(
      `\n${name}: shell steps / live gate = ${(shell.median / gate.median).toFixed(1)}× (CLI), ${(shell.median / action.median).toFixed(1)}× (action); target ≥ 3×`,
    );
  }
  console.log(
    `live gate (CLI, loopback) over bare node start-up: +${(direct[0].median - bare.median).toFixed(0)} ms (target < 150 ms)`,
  );
} finally {
  await cluster.stop();
  rmSync(tmp, { recursive: true, force: true });
}
