// Shared by the benchmarks: timing runs of command sequences (median, p90), peak RSS of the Node
// steps (bench/peak-rss.mjs), a delaying TCP relay, and Markdown tables.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(root, 'dist', 'cli.js');
export const ACTION = path.join(root, 'dist', 'index.js');
const HOOK = path.join(root, 'bench', 'peak-rss.mjs');

export const tmpDir = (label) => mkdtempSync(path.join(os.tmpdir(), `kp-bench-${label}-`));
/** Where the RSS hook reports: one folder for the whole process, removed as it exits. */
const rssDir = tmpDir('rss');
process.on('exit', () => rmSync(rssDir, { recursive: true, force: true }));

/**
 * What every measured command starts with: this process's environment, less NODE_EXTRA_CA_CERTS.
 * Node reads that CA bundle at each start-up (~50 ms here, where the machine sets it for its
 * proxy); GitHub's runners do not set it, and no server the benchmarks use needs it. The offline
 * benchmark measures `node -e 0` with it too, to show the cost (`withExtraCaCerts`).
 */
export const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
const baseEnv = { ...process.env, NODE_EXTRA_CA_CERTS: undefined };
export const withExtraCaCerts = { NODE_EXTRA_CA_CERTS: extraCaCerts };

/** The middle half (first to third quartile) of `values`, as `[low, high]`. */
export function middleHalf(values) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q) => v[Math.min(v.length - 1, Math.floor((v.length - 1) * q))];
  return [at(0.25), at(0.75)];
}

/** The spread column's name: a 90th percentile needs 10 runs; with fewer it is the slowest run. */
export const spread = (runs) => (runs >= 10 ? 'p90' : 'max');
export const machine = () =>
  `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()})`;

/** Runs one command without blocking this process (which may serve a webhook the command needs). */
function run(file, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Runs `steps` (each `[file, ...args]`) in sequence: once to warm caches, then `runs` times for
 * wall time, then once more. The timed runs are plain; the warm-up and the last run load the RSS
 * hook into the Node steps (it adds an ES module load to each start: ~3 ms to the gate, ~10 ms to
 * `node -e 0`), and the larger peak RSS and open descriptors at exit of the two are kept.
 * `ok(status)` says which exit codes are expected (default 0: a run that failed — a denied
 * permission, a missing plugin — is no measurement of the gate doing its work).
 */
export async function measure(label, steps, options = {}) {
  const [result] = await sideBySide([{ label, steps, ...options }], options);
  return result;
}

/**
 * Several `measure` cases (`{ label, steps, env?, ok? }`) taken in turn within each run — a, b, c,
 * a, b, c, … — so that a machine getting slower or faster midway weighs on every case alike.
 */
export async function sideBySide(cases, { runs }) {
  const rssFile = path.join(rssDir, 'rss');
  const state = cases.map((c) => ({ c, times: [], rssKiB: 0, fds: 0, last: undefined }));
  const isNode = (file) => file === process.execPath;
  const hasNode = (c) => c.steps.some(([file]) => isNode(file));
  for (let i = 0; i <= runs + 1; i++) {
    const timed = i > 0 && i <= runs;
    for (const s of state) {
      if (i > runs && !hasNode(s.c)) continue; // the last run is only for the RSS hook
      const { label, steps, env = {}, ok = (st) => st === 0 } = s.c;
      const start = process.hrtime.bigint();
      for (const [file, ...args] of steps) {
        const hooked = !timed && isNode(file);
        const r = await run(file, hooked ? ['--import', HOOK, ...args] : args, {
          ...baseEnv,
          ...env,
          ...(hooked ? { KP_BENCH_RSS_FILE: rssFile } : {}),
        });
        if (!ok(r.status))
          throw new Error(
            `${label}: ${file} ${args.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`,
          );
        if (hooked) {
          const [kib, open] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
          s.rssKiB = Math.max(s.rssKiB, kib);
          s.fds = Math.max(s.fds, open);
        }
        s.last = r;
      }
      if (timed) s.times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return state.map(({ c, times, rssKiB, fds, last }) => {
    const inOrder = [...times];
    times.sort((a, b) => a - b);
    return {
      label: c.label,
      /** The timed runs in the order they ran: round i of every case ran back to back. */
      inOrder,
      median: times[Math.floor(times.length / 2)],
      p90: times[Math.min(times.length - 1, Math.floor(times.length * 0.9))],
      rssMiB: rssKiB ? rssKiB / 1024 : undefined,
      fds,
      stdout: last?.stdout ?? '',
    };
  });
}

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

/**
 * A TCP relay on loopback, in its own process (so no measurement slows it down), that delays every
 * chunk by `oneWayMs` each way: the latency of a cluster in another region. TLS passes untouched.
 */
export async function delayProxy(targetPort, oneWayMs) {
  const child = spawn(process.execPath, ['-e', DELAY_PROXY, String(targetPort), String(oneWayMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve) =>
    child.stdout.once('data', (d) => resolve(Number(String(d)))),
  );
  return { port, close: () => child.stdin.end() };
}

export const ms = (n) => (n === undefined ? '—' : n.toFixed(0));
export const mib = (n) => (n === undefined ? '—' : n.toFixed(1));
export const verdict = (ok) => (ok ? '✅ met' : '❌ missed');

/** A Markdown table: `head` is the header cells, `rows` arrays of cells. */
export function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** True when this module is the script node was started with. */
export const isMain = (url) =>
  Boolean(process.argv[1]) && path.resolve(process.argv[1]) === fileURLToPath(url);
