/** Runs a bundled entry point exactly as the Actions runner does: INPUT_* env and file commands. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ACTION = path.join(ROOT, 'dist/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputsText: string;
  summary: string;
  report?: {
    result: string;
    findings: { id: string; severity: string; message: string }[];
    [k: string]: unknown;
  };
  reportText: string;
  dir: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

export function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): ActionRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-runner-'));
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const r = spawnSync(process.execPath, [ACTION], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ACTIONS: 'true',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...inputEnv,
      ...env,
    },
  });
  const reportFile = path.join(dir, 'kube-preflight-report.json');
  const reportText = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const outputsText = readFileSync(files.output, 'utf8');
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(outputsText),
    outputsText,
    summary: readFileSync(files.summary, 'utf8'),
    ...(reportText ? { report: JSON.parse(reportText) } : {}),
    reportText,
    dir,
  };
}

/** Every place a secret could leak to, except the ::add-mask:: commands that hide it. */
export function leakSurfaces(run: ActionRun): Record<string, string> {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return {
    stdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: run.outputsText,
    report: run.reportText,
  };
}

/** Workflow command data escaping, undone as the runner does. */
function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The values the run asked the runner to mask (::add-mask::). */
export function masked(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => unescapeCommand(l.slice('::add-mask::'.length)));
}
