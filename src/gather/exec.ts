/** Runs a user's exec credential plugin the way client-go does, and records what happened as facts. */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Entry, KubeCluster, KubeUser, Origin } from '../model/kubeconfig.js';
import type { ExecFacts } from '../model/materials.js';
import type { GatherEnv } from './env.js';
import { recogniseFailure, stderrExcerpt } from './exec/causes.js';
import { buildExecInfo } from './exec/info.js';
import { lazyModule } from '../lazy.js';
import { resolveCommand } from './exec/resolve.js';
import { runBounded, type RunResult } from './exec/spawn.js';
import {
  effectiveInteractiveMode,
  stripControlChars,
  validateExecConfig,
} from './exec/validate.js';
import { PLAIN_EXEC_ENV } from './kubeconfig/secret-fields.js';
import type { SecretSet } from './secrets.js';
import type { WireMaterial } from './wire.js';

/**
 * What reads the plugin's output (its certificates and tokens, with node:crypto): loaded once the
 * plugin has started, while it runs, so that nothing but the plugin's own spawn comes before it.
 */
const outputReader = lazyModule(() => import('./exec/output.js'));
type OutputReader = Awaited<ReturnType<typeof outputReader>>;

/** Values of secret-looking flags in args (`--client-secret=x`, `--password x`). */
function secretArgs(args: string[]): string[] {
  const out: string[] = [];
  const flag = /^--?([\w-]*(secret|password|passwd)[\w-]*|token|api-key|access-key)$/i;
  args.forEach((arg, i) => {
    const eq = arg.indexOf('=');
    if (eq > 0 && flag.test(arg.slice(0, eq))) out.push(arg.slice(eq + 1));
    else if (flag.test(arg) && i + 1 < args.length) out.push(args[i + 1] as string);
  });
  return out;
}

/** The folder a cluster's relative CA path resolves against. */
function clusterDir(
  cluster: Entry<KubeCluster>,
  user: Entry<KubeUser>,
  baseDir: string,
  env: GatherEnv,
): string {
  const file = cluster.origin.file;
  if (file === user.origin.file) return baseDir;
  return path.isAbsolute(file) ? path.dirname(file) : env.cwd;
}

function execOrigin(user: Entry<KubeUser>): Origin {
  const line = user.fieldLines.exec ?? user.origin.line;
  return { file: user.origin.file, ...(line ? { line } : {}) };
}

/** Never throws: every problem becomes an outcome with a masked detail. */
export async function runExecPlugin(
  user: Entry<KubeUser>,
  cluster: Entry<KubeCluster> | undefined,
  baseDir: string,
  env: GatherEnv,
  secrets: SecretSet,
  wire: WireMaterial = {},
  onSpawn?: () => void,
): Promise<ExecFacts> {
  const cfg = user.value.exec ?? {};
  const entries = Array.isArray(cfg.env) ? cfg.env : [];
  for (const e of entries) {
    if (typeof e?.value === 'string' && !PLAIN_EXEC_ENV.has(e.name)) secrets.add(e.value);
  }
  const args = Array.isArray(cfg.args) ? cfg.args.map(String) : [];
  for (const value of secretArgs(args)) secrets.add(value);
  // Facts keep the args with secret flag values masked; the plugin gets the real ones.
  const mode = effectiveInteractiveMode(cfg);
  const facts: ExecFacts = {
    command: cfg.command ?? '',
    args: args.map((a) => secrets.scrub(a)),
    ...(cfg.apiVersion ? { apiVersion: cfg.apiVersion } : {}),
    ...(mode ? { interactiveMode: mode } : {}),
    ...(cfg.installHint ? { installHint: stripControlChars(cfg.installHint) } : {}),
    outcome: 'not-run',
    envNames: entries.map((e) => e?.name ?? '').filter(Boolean),
    origin: execOrigin(user),
  };
  try {
    const result = await run(facts, user, cluster, baseDir, env, secrets, onSpawn);
    if (result.facts.outcome === 'ok' && result.stdout) {
      const raw = (await outputReader()).rawCredential(result.stdout);
      if (raw.token) wire.execToken = raw.token;
      if (raw.cert) wire.execCert = raw.cert;
      if (raw.key) wire.execKey = raw.key;
    }
    return result.facts;
  } catch (err) {
    return {
      ...facts,
      outcome: 'failed',
      detail: secrets.scrub(`exec: ${(err as Error).message}`),
    };
  }
}

async function run(
  facts: ExecFacts,
  user: Entry<KubeUser>,
  cluster: Entry<KubeCluster> | undefined,
  baseDir: string,
  env: GatherEnv,
  secrets: SecretSet,
  onSpawn?: () => void,
): Promise<{ facts: ExecFacts; stdout?: Buffer }> {
  const cfg = user.value.exec ?? {};
  const plan = validateExecConfig(user.name, cfg);
  if (!plan.ok) return { facts: { ...facts, outcome: plan.outcome, detail: plan.detail } };

  const resolved = await resolveCommand(facts.command, baseDir, env.env.PATH);
  if (resolved.path) facts.resolvedPath = resolved.path;
  if (!resolved.ok) return { facts: { ...facts, outcome: 'not-found', detail: resolved.detail } };

  const apiVersion = cfg.apiVersion as string;
  const dir = cluster ? clusterDir(cluster, user, baseDir, env) : baseDir;
  const info = await buildExecInfo(apiVersion, cfg.provideClusterInfo === true, cluster, dir);
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env.env)) if (v !== undefined) childEnv[k] = v;
  for (const e of cfg.env ?? []) if (e?.name) childEnv[e.name] = String(e.value ?? '');
  childEnv.KUBERNETES_EXEC_INFO = info;

  if (env.signal.aborted || env.deadline <= Date.now()) {
    const detail = 'the plugin was not started: the run was cancelled or its time budget is spent';
    return { facts: { ...facts, outcome: 'timeout', detail } };
  }
  const started = performance.now();
  const result = await runBounded({
    file: resolved.path,
    args: Array.isArray(cfg.args) ? cfg.args.map(String) : [],
    env: childEnv,
    cwd: env.cwd,
    deadline: env.deadline,
    signal: env.signal,
    onSpawn: () => {
      void outputReader();
      onSpawn?.();
    },
  });
  facts.durationMs = Math.round(performance.now() - started);
  const reader = await outputReader(); // started loading at the spawn
  return {
    facts: judge(facts, result, apiVersion, secrets, reader),
    ...(result.kind === 'exited' ? { stdout: result.stdout } : {}),
  };
}

function judge(
  facts: ExecFacts,
  result: RunResult,
  apiVersion: string,
  secrets: SecretSet,
  reader: OutputReader,
): ExecFacts {
  if (result.kind === 'spawn-error') {
    const missing = result.code === 'ENOENT' || result.code === 'EACCES';
    const detail = missing
      ? `exec: executable ${facts.command} not found (${result.code})`
      : `exec: ${result.message}`;
    return { ...facts, outcome: missing ? 'not-found' : 'failed', detail: secrets.scrub(detail) };
  }
  if (result.kind === 'timeout') {
    const why =
      result.reason === 'aborted' ? 'the run was cancelled' : "the run's time budget ran out";
    const excerpt = stderrExcerpt(stripControlChars(secrets.scrub(result.stderr)));
    return {
      ...facts,
      outcome: 'timeout',
      detail: `the plugin did not finish before ${why}; it was stopped (SIGTERM, then SIGKILL)`,
      ...(excerpt ? { stderrExcerpt: excerpt } : {}),
    };
  }
  const exited = {
    ...facts,
    ...(result.code !== null ? { exitCode: result.code } : {}),
    ...(result.signal ? { signal: result.signal } : {}),
  };
  const ok = result.code === 0;
  const { interpretOutput, registerStdoutSecrets } = reader;
  // Stdout secrets are registered first, so the stderr excerpt below is scrubbed of them too.
  registerStdoutSecrets(result.stdout, secrets);
  const output = ok
    ? interpretOutput(result.stdout, result.stdoutOverflow, apiVersion, facts.origin, secrets)
    : undefined;
  const stderr = stripControlChars(secrets.scrub(result.stderr));
  const excerpt = stderrExcerpt(stderr);
  const withExcerpt = { ...exited, ...(excerpt ? { stderrExcerpt: excerpt } : {}) };
  if (!ok) {
    const recognised = recogniseFailure(stderr);
    const base = `exec: executable ${facts.command} failed with exit code ${result.code ?? -1}`;
    const how = result.signal ? ` (killed by ${result.signal})` : '';
    return {
      ...withExcerpt,
      outcome: 'failed',
      detail: recognised ? `${base}${how}. ${recognised.detail}` : `${base}${how}`,
      ...(recognised ? { cause: recognised.cause } : {}),
    };
  }
  if (result.stdoutHeldOpen) {
    return {
      ...withExcerpt,
      outcome: 'timeout',
      cause: 'stdout-held-open',
      detail:
        'the plugin exited, but a process it started kept stdout open; kubectl waits for stdout to close, so it would hang',
    };
  }
  const out = output as NonNullable<typeof output>;
  return {
    ...withExcerpt,
    outcome: out.outcome,
    ...(out.detail ? { detail: out.detail } : {}),
    ...(out.cause ? { cause: out.cause } : {}),
    ...(out.credential ? { credential: out.credential } : {}),
  };
}
