/**
 * Fault injection, on the runner itself: kubeconfig paths that cannot be read (no permission, a
 * folder, a FIFO) and exec credential plugins that hang, ignore SIGTERM, flood stdout or stderr,
 * or print invalid JSON. Each ends in its specific finding within the budget; the floods also
 * prove the bundle's memory stays bounded (peak RSS of the action, bench/peak-rss.mjs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { peakRssProbe } from '../helpers/runner.js';
import { bound, expectFault } from './faults.js';
import { gate } from './gate.js';

let dir: string;
const file = (name: string) => path.join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kp-faults-'));
  chmodSync(dir, 0o755); // others may look inside: the unreadable row runs the action as nobody
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Root reads any file whatever its mode, so as root the action runs as `nobody`, as the Actions
 * runner runs it (a non-root user): this hook, loaded before the bundle, opens the run's folder
 * (owned by root, 0700) to that user, then drops to it for good.
 */
const DROP_ROOT = `import { chmodSync } from 'node:fs';
chmodSync(process.cwd(), 0o777);
for (const f of ['output', 'summary.md']) chmodSync(process.cwd() + '/' + f, 0o666);
process.setgroups([]);
process.setgid(65534);
process.setuid(65534);
`;
const asNonRoot = (): Record<string, string> => {
  if (process.getuid?.() !== 0) return {};
  writeFileSync(file('drop-root.mjs'), DROP_ROOT);
  return { NODE_OPTIONS: `--import=${file('drop-root.mjs')}` };
};

describe(`faults, kubeconfig path: kubeconfig/file-unreadable within ${bound(2000)} ms`, () => {
  const rows: [string, () => { path: string; env?: Record<string, string> }, RegExp][] = [
    [
      'a file without read permission (chmod 000)',
      () => {
        writeFileSync(file('locked.yaml'), 'apiVersion: v1\nkind: Config\n', { mode: 0o000 });
        return { path: file('locked.yaml'), env: asNonRoot() };
      },
      /cannot be read: permission denied \(EACCES\)/,
    ],
    [
      'a directory',
      () => {
        mkdirSync(file('kube'));
        return { path: file('kube') };
      },
      /is a directory, not a file/,
    ],
    [
      'a FIFO nobody writes to',
      () => {
        execFileSync('mkfifo', [file('fifo')]);
        return { path: file('fifo') };
      },
      /is not a regular file \(a FIFO, socket or device\); kubectl would block reading it/,
    ],
  ];
  it.each(rows)('%s', async (_, make, error) => {
    const { path: kubeconfig, env = {} } = make();
    const run = await gate(kubeconfig, { timeout: '2s' }, env);
    const finding = expectFault(run, {
      ids: ['kubeconfig/file-unreadable'],
      id: 'kubeconfig/file-unreadable',
      evidence: { field: 'kubeconfig', path: kubeconfig, problem: 'unreadable', setIn: 'paths' },
      code: 1,
      timeoutMs: 2000,
    });
    expect(finding.message).toMatch(error);
    expect(run.outputs.result).toBe('fail');
  });
});

function execKubeconfig(plugin: string, body: string): string {
  writeFileSync(file(plugin), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return [
    'apiVersion: v1',
    'kind: Config',
    'current-context: ci',
    'clusters:',
    '- name: c',
    '  cluster: {server: "https://kube.cluster.invalid:6443"}',
    'contexts:',
    '- name: ci',
    '  context: {cluster: c, user: u}',
    'users:',
    '- name: u',
    '  user:',
    '    exec:',
    '      apiVersion: client.authentication.k8s.io/v1',
    `      command: ${file(plugin)}`,
    '      interactiveMode: Never',
    '',
  ].join('\n');
}

const MiB = 1024 * 1024;
/** Far more than the bounded buffers (1 MiB of stdout, 64 KiB of stderr) could hold. */
const FLOOD_MIB = 256;
const NOISE = 'noise from a chatty plugin';
/** Valid JSON cut short: what a plugin killed mid-write or a broken wrapper prints. */
const TRUNCATED =
  '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{';

interface ExecRow {
  fault: string;
  body: string;
  timeoutMs: number;
  id: string;
  evidence: Record<string, unknown>;
  message: RegExp;
  atLeastMs?: number;
  /** A flood: the peak RSS may grow by less than half the flood over a quiet plugin's run. */
  flood?: true;
}

/**
 * offline: the plugin runs as it does with the live checks on, and the run stays about the
 * plugin (there is no server to ask). A 2 s budget gives the plugin 1 s before SIGTERM, then 1 s
 * of grace before SIGKILL (src/gather/index.ts execEnv); the floods get 5 s so that moving
 * 256 MiB through a pipe on a busy runner never turns them into timeouts.
 */
const execRows: ExecRow[] = [
  {
    fault: 'hangs (sleep 30)',
    body: 'echo "waiting for the browser login" >&2\nexec sleep 30',
    timeoutMs: 2000,
    id: 'exec/timeout',
    evidence: { stdoutHeldOpen: false, stderr: 'waiting for the browser login' },
    message: /was stopped after \d\.\ds: the plugin did not finish before the run's time budget/,
    atLeastMs: 900,
  },
  {
    fault: "ignores SIGTERM (trap '' TERM)",
    body: "trap '' TERM\necho started >&2\nwhile :; do sleep 1; done",
    timeoutMs: 2000,
    id: 'exec/timeout',
    evidence: { stdoutHeldOpen: false, stderr: 'started' },
    message: /it was stopped \(SIGTERM, then SIGKILL\)/,
    atLeastMs: 1900, // SIGTERM at ~1 s did nothing; SIGKILL after the 1 s grace did
  },
  {
    fault: `floods stdout (${FLOOD_MIB} MiB), then exits 0`,
    body: `head -c ${FLOOD_MIB * MiB} /dev/zero | tr '\\0' 'a'`,
    timeoutMs: 5000,
    id: 'exec/invalid-output',
    evidence: { cause: null, apiVersion: 'client.authentication.k8s.io/v1' },
    message: /cannot use its output: decoding stdout: the plugin printed more than 1 MiB on stdout/,
    flood: true,
  },
  {
    fault: `floods stderr (${FLOOD_MIB} MiB of lines), then fails`,
    // Whole lines (head -n), so the last one before the real error is not cut in half.
    body: [
      `yes '${NOISE}' | head -n ${Math.floor((FLOOD_MIB * MiB) / (NOISE.length + 1))} >&2`,
      "echo 'error: the real reason' >&2",
      'exit 3',
    ].join('\n'),
    timeoutMs: 5000,
    id: 'exec/failed',
    evidence: {
      exitCode: 3,
      stderr: `${Array(9).fill(NOISE).join('\n')}\nerror: the real reason`,
    },
    message: /failed: exec: executable .+ failed with exit code 3/,
    flood: true,
  },
  {
    fault: 'prints invalid JSON (a truncated ExecCredential)',
    body: `printf '${TRUNCATED}'`,
    timeoutMs: 2000,
    id: 'exec/invalid-output',
    evidence: { cause: null },
    message: new RegExp(
      `decoding stdout: the plugin printed ${TRUNCATED.length} bytes that are not JSON`,
    ),
  },
];

/** One offline run of the bundle on a plugin with this body, and its peak RSS (MiB). */
async function execGate(name: string, body: string, timeoutMs: number) {
  const rss = peakRssProbe(file(`${name}.rss`));
  const run = await gate(
    execKubeconfig(`${name}.sh`, body),
    { timeout: `${timeoutMs / 1000}s`, offline: 'true' },
    rss.env,
  );
  return { run, rssMiB: rss.mib() };
}

describe('faults, exec credential plugin: its exec/* finding within the budget', () => {
  /**
   * Buffered whole, a flood would add its size (and more, copied) to the peak RSS. Bounded, what
   * is left is garbage the GC has not yet collected: measured +40–70 MiB for 256 MiB (~+100 MiB
   * for 1 GiB), over a quiet plugin's run (~62 MiB), measured here first.
   */
  let quietMiB = 0;
  beforeAll(async () => {
    const quiet = await execGate('quiet', `printf '${TRUNCATED}'`, 2000);
    expect(quiet.run.code).toBe(1);
    quietMiB = quiet.rssMiB;
  });

  it.each(execRows.map((r) => [r.fault, r] as const))('%s', async (_, row) => {
    const name = row.fault.replace(/\W+/g, '-');
    const { run, rssMiB } = await execGate(name, row.body, row.timeoutMs);
    const finding = expectFault(run, {
      ids: [row.id],
      id: row.id,
      evidence: { user: 'u', command: file(`${name}.sh`), ...row.evidence },
      code: 1,
      timeoutMs: row.timeoutMs,
      ...(row.atLeastMs ? { atLeastMs: row.atLeastMs } : {}),
    });
    expect(finding.message).toMatch(row.message);
    // The report keeps bounded excerpts: ~10 lines, at most 1000 characters of stderr.
    expect(String(finding.evidence?.stderr ?? '').length).toBeLessThanOrEqual(1000);
    expect(run.reportText.length).toBeLessThan(64 * 1024);
    if (row.flood) {
      expect(quietMiB).toBeGreaterThan(0);
      expect({
        grewMiB: rssMiB - quietMiB,
        underHalfTheFlood: rssMiB - quietMiB < FLOOD_MIB / 2,
      }).toMatchObject({ underHalfTheFlood: true });
    }
  });
});
