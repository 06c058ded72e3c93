/** Runs a bundled entry point exactly as the Actions runner does: INPUT_* env and file commands. */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findLeaks, runSecrets } from './canary.js';

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
    findings: {
      id: string;
      severity: string;
      message: string;
      remediation?: string;
      evidence?: Record<string, unknown>;
    }[];
    suppressed?: { id: string; suppressed?: { reason: string; line: number; until?: string } }[];
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

let withoutKubectl: string | undefined;

/** Temp dirs made here (runs, the kubectl-less PATH): removed when the test file ends. */
const made: string[] = [];

/** Removes every temp dir made here so far; runs' `dir`s and pathWithoutKubectl()'s are gone. */
export function removeRunDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  withoutKubectl = undefined;
}

// Jest's injected afterAll (each test file has its own copy of this module); none in plain node.
(globalThis as { afterAll?: (fn: () => void) => void }).afterAll?.(removeRunDirs);

/**
 * A PATH like this process's, minus kubectl: one folder of links to every other program on PATH.
 * The live checks compare the runner's kubectl with the server; most scenarios leave it out.
 */
export function pathWithoutKubectl(): string {
  if (withoutKubectl) return withoutKubectl;
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-path-'));
  made.push(dir);
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (name === 'kubectl' || existsSync(path.join(bin, name))) continue;
      symlinkSync(path.join(folder, name), path.join(bin, name));
    }
  }
  withoutKubectl = bin;
  return bin;
}

interface Prepared {
  dir: string;
  /** The secrets the run was given (canary.ts): checked against everything it wrote. */
  secrets: ReturnType<typeof runSecrets>;
  files: { output: string; summary: string };
  env: NodeJS.ProcessEnv;
}

function prepare(inputs: Record<string, string>, env: Record<string, string>): Prepared {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-runner-'));
  made.push(dir);
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const runEnv: NodeJS.ProcessEnv = {
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
  };
  return { dir, files, env: runEnv, secrets: runSecrets(inputs, runEnv, dir) };
}

function collect(p: Prepared, code: number | null, stdout: string, stderr: string): ActionRun {
  const run = read(p, code, stdout, stderr);
  expectNoLeak(run, p.secrets.hidden, false);
  if (run.report) expectMasked(run, p.secrets.masked);
  return run;
}

function read(p: Prepared, code: number | null, stdout: string, stderr: string): ActionRun {
  const reportFile = path.join(p.dir, 'kube-preflight-report.json');
  const reportText = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const outputsText = readFileSync(p.files.output, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(outputsText),
    outputsText,
    summary: readFileSync(p.files.summary, 'utf8'),
    ...(reportText ? { report: JSON.parse(reportText) } : {}),
    reportText,
    dir: p.dir,
  };
}

/** Blocks the test process: only for runs that need nothing served from it (offline, certs). */
export function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): ActionRun {
  const p = prepare(inputs, env);
  const r = spawnSync(process.execPath, [ACTION], {
    cwd: p.dir,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024, // a huge secret is masked (::add-mask::) whole
    env: p.env,
  });
  return collect(p, r.status, r.stdout, r.stderr);
}

/**
 * Runs the bundle without blocking the test process, which may be serving the cluster's
 * webhook authenticator (a blocked process would stall every token the apiserver asks about).
 */
export function runActionAsync(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun & { elapsedMs: number }> {
  const p = prepare(inputs, env);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: p.dir, env: p.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ ...collect(p, code, stdout, stderr), elapsedMs: Date.now() - started });
    });
  });
}

/**
 * Env that makes a bundled run record its peak RSS as it exits (bench/peak-rss.mjs, loaded before
 * the bundle); `mib()` reads it after the run. `file` must be unique to the run.
 */
export function peakRssProbe(file: string): { env: Record<string, string>; mib: () => number } {
  const hook = path.join(ROOT, 'bench/peak-rss.mjs');
  return {
    env: { NODE_OPTIONS: `--import=${hook}`, KP_BENCH_RSS_FILE: file },
    mib: () => Number(readFileSync(file, 'utf8').split(' ')[0]) / 1024,
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

/**
 * No secret in anything the run wrote (whole, or any of its lines of 16+ characters, such as a
 * PEM body line), and every secret was handed to ::add-mask::.
 */
export function expectNoLeak(run: ActionRun, secrets: string[], mustBeMasked = true): void {
  const leaks = findLeaks(leakSurfaces(run), secrets);
  if (leaks.length) throw new Error(`secrets leaked: ${leaks.join('; ')}`);
  if (mustBeMasked) expectMasked(run, secrets);
}

/** Every secret was handed to ::add-mask:: (multi-line ones may be masked whole or by line). */
export function expectMasked(run: ActionRun, secrets: string[]): void {
  const done = new Set(masked(run));
  const missing = secrets.filter(
    (s) => !done.has(s) && !s.split('\n').every((l) => l.trim() === '' || done.has(l)),
  );
  if (missing.length)
    throw new Error(`not masked: ${missing.map((s) => `${s.slice(0, 12)}…`).join(', ')}`);
}
