/** The kubectl on the runner's PATH and its version, for the client/server skew check. */
import { promises as fs } from 'node:fs';
import { devNull } from 'node:os';
import * as path from 'node:path';
import type { KubectlFacts } from '../../model/live.js';
import { executable, resolveCommand } from '../exec/resolve.js';
import { runBounded } from '../exec/spawn.js';

/** `v1.32.4`, `v1.31.0-eks-1234` → 1, 32. */
export function parseGitVersion(v: string): { major: number; minor: number } | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

/** The kubectl version probe, run once on the first call and shared by every caller after it. */
export type KubectlProbe = () => Promise<KubectlFacts | undefined>;

export function kubectlProbe(opts: Parameters<typeof kubectlVersion>[0]): KubectlProbe {
  let running: Promise<KubectlFacts | undefined> | undefined;
  return () => (running ??= kubectlVersion(opts).catch(() => undefined));
}

/** Undefined when kubectl is not on PATH: nothing to compare. */
export async function kubectlVersion(opts: {
  env: Record<string, string | undefined>;
  cwd: string;
  deadline: number;
  signal: AbortSignal;
}): Promise<KubectlFacts | undefined> {
  const found = await resolveCommand('kubectl', opts.cwd, opts.env.PATH);
  if (!found.ok) return undefined;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== undefined) env[k] = v;
  // `--client` needs no kubeconfig; without one, no wrapper (gcloud's kubectl dispatcher asks the
  // server which kubectl to run) can reach the cluster or start a credential plugin for it.
  env.KUBECONFIG = devNull;
  // A 40 ms run needs no garbage collector: without it kubectl spends a fifth less CPU, taken from
  // the exec plugin running beside it.
  env.GOGC = 'off';
  const run = await runBounded({
    file: found.path,
    args: ['version', '--client', '-o', 'json'],
    env,
    cwd: opts.cwd,
    deadline: opts.deadline,
    signal: opts.signal,
  });
  const facts: KubectlFacts = { path: found.path };
  if (run.kind !== 'exited' || run.code !== 0) {
    const why =
      run.kind === 'timeout'
        ? 'timed out'
        : run.kind === 'spawn-error'
          ? run.message
          : `exit ${run.code}`;
    return { ...facts, error: `\`kubectl version --client\` failed (${why})` };
  }
  try {
    const doc = JSON.parse(run.stdout.toString('utf8')) as {
      clientVersion?: { gitVersion?: string };
    };
    const gitVersion = doc.clientVersion?.gitVersion ?? '';
    const parsed = parseGitVersion(gitVersion);
    if (!parsed) return { ...facts, error: `unrecognised kubectl version "${gitVersion}"` };
    const dispatcher = /-dispatcher$/.test(gitVersion) ? await dispatchable(found.path) : undefined;
    return { ...facts, gitVersion, ...parsed, ...(dispatcher ? { dispatcher } : {}) };
  } catch {
    return { ...facts, error: '`kubectl version --client -o json` printed no JSON' };
  }
}

/**
 * The versioned kubectls gcloud's dispatcher can run: `kubectl.<major>.<minor>` (`.exe` on
 * Windows) in the folder of its own path with symlinks resolved, as the dispatcher looks them up.
 */
async function dispatchable(file: string): Promise<KubectlFacts['dispatcher']> {
  const versioned =
    process.platform === 'win32' ? /^kubectl\.(\d+)\.(\d+)\.exe$/i : /^kubectl\.(\d+)\.(\d+)$/;
  let dir = path.dirname(file);
  // One it cannot exec (a folder, no x bit) makes it fall back to itself: not counted.
  const runnable = async (name: string) => (await executable(path.join(dir, name))) === 'yes';
  try {
    dir = path.dirname(await fs.realpath(file));
    const found = await Promise.all(
      (await fs.readdir(dir)).map(async (name) => {
        const m = versioned.exec(name);
        return m && (await runnable(name)) ? [{ major: Number(m[1]), minor: Number(m[2]) }] : [];
      }),
    );
    const versions = found.flat().sort((a, b) => a.major - b.major || a.minor - b.minor);
    return { dir, versions };
  } catch {
    return { dir, versions: [] };
  }
}
