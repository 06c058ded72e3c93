/** `kube-preflight demo`: an audit of the generated sandbox, as a newcomer's first minute. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseConfig } from '../config.js';
import { runEngine } from '../engine.js';
import { renderSummary } from '../report/summary.js';
import { renderTerminal } from '../report/terminal.js';
import { makeSandbox, type Sandbox } from './sandbox.js';

export interface DemoIo {
  out: (s: string) => void;
  colour: boolean;
  env: Record<string, string | undefined>;
  /** Where the job-summary markdown goes (default: summary.md in a new private temp folder). */
  summaryFile?: string;
  /** A kubeconfig for a running cluster (the local test cluster): also checked live. */
  live?: { kubeconfig: string; require: string[] };
}

/** The sandbox (it holds a private key) is removed afterwards; the summary is left where it says. */
export async function runDemo(io: DemoIo): Promise<void> {
  const sandbox = makeSandbox();
  try {
    await audit(io, sandbox);
  } finally {
    rmSync(sandbox.dir, { recursive: true, force: true });
  }
  if (io.live) await liveCheck(io, io.live);
}

const bolder = (io: DemoIo) => (s: string) => (io.colour ? `\x1b[1m${s}\x1b[0m` : s);
/** The engine writes no report file here; the path is only required by the config. */
const UNUSED_REPORT = path.join(os.tmpdir(), 'kube-preflight-demo-report.json');

async function audit(io: DemoIo, sandbox: Sandbox): Promise<void> {
  const bold = bolder(io);
  io.out(
    `${bold('kube-preflight demo')}: an audit of generated kubeconfigs with realistic faults\n` +
      `  KUBECONFIG=${sandbox.kubeconfig}\n` +
      Object.entries(sandbox.faults)
        .map(([ctx, what]) => `  ${ctx.padEnd(8)} ${what}`)
        .join('\n') +
      '\n  (offline: the servers are under .invalid and are never contacted)\n\n',
  );
  const values: Record<string, string> = { mode: 'audit', offline: 'true', 'warn-within': '30d' };
  const config = parseConfig((name) => values[name], { reportPath: UNUSED_REPORT });
  const env = { ...io.env, KUBECONFIG: sandbox.kubeconfig, HOME: sandbox.dir };
  const { report, secrets } = await runEngine(config, { env, cwd: sandbox.dir });
  io.out(secrets.scrub(renderTerminal(report, io.colour)));
  // A new folder, not a fixed name in the shared temp dir (where anyone may have left a symlink).
  const summary =
    io.summaryFile ??
    path.join(mkdtempSync(path.join(os.tmpdir(), 'kube-preflight-demo-summary-')), 'summary.md');
  writeFileSync(summary, secrets.scrub(renderSummary(report)));
  io.out(`\nThe job summary GitHub would show is in ${summary}\n`);
}

/** The gate as a deploy step runs it, against a real API server: who we are, what we may do. */
async function liveCheck(io: DemoIo, live: NonNullable<DemoIo['live']>) {
  const bold = bolder(io);
  io.out(`\n${bold('Live')}: the gate against the running cluster in ${live.kubeconfig}\n`);
  io.out(live.require.map((r) => `  require: ${r}\n`).join('') + '\n');
  const values: Record<string, string> = {
    kubeconfig: live.kubeconfig,
    require: live.require.join('\n'),
    'warn-within': '1h',
  };
  const config = parseConfig((name) => values[name], { reportPath: UNUSED_REPORT });
  const { report, secrets } = await runEngine(config, { env: { ...io.env, KUBECONFIG: '' } });
  io.out(secrets.scrub(renderTerminal(report, io.colour)));
}
