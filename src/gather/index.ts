/** gather(Config) → Facts: every piece of I/O, concurrently, inside the run's time budget. */
import * as path from 'node:path';
import type { Config } from '../config.js';
import type { Facts, InputFacts, TargetFacts } from '../model/facts.js';
import type { GatherEnv } from './env.js';
import { runExecPlugin } from './exec.js';
import { KILL_GRACE_MS } from './exec/spawn.js';
import { interpretKubeconfigInput, loadKubeconfig, selectTargets } from './kubeconfig/index.js';
import { loadMaterials } from './materials.js';
import type { SecretSet } from './secrets.js';

/** Why a secret may arrive empty, from the workflow's own context. */
export function emptySecretReason(env: Record<string, string | undefined>): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const actor = env.GITHUB_ACTOR ?? '';
  if (/dependabot/i.test(actor)) {
    return 'This run was triggered by Dependabot, whose workflows get Dependabot secrets, not Actions secrets.';
  }
  if (
    event === 'pull_request' ||
    event === 'pull_request_review' ||
    event === 'pull_request_target'
  ) {
    return `This run was triggered by ${event}; secrets are not passed to workflows from forked repositories.`;
  }
  return undefined;
}

/** Exec plugins get a deadline early enough that SIGTERM, the grace and SIGKILL all fit in the budget. */
function execEnv(env: GatherEnv): GatherEnv {
  const grace = Math.min(KILL_GRACE_MS, Math.max(0, env.deadline - Date.now()) / 2);
  return { ...env, deadline: env.deadline - grace };
}

async function enrich(
  t: TargetFacts,
  env: GatherEnv,
  secrets: SecretSet,
  dirOf: (f: string) => string,
) {
  const jobs: Promise<unknown>[] = [loadMaterials(t, dirOf, secrets)];
  if (t.user?.value.exec) {
    const user = t.user;
    jobs.push(
      runExecPlugin(user, t.cluster, dirOf(user.origin.file), execEnv(env), secrets).then(
        (exec) => {
          t.exec = exec;
        },
      ),
    );
  }
  await Promise.all(jobs);
}

export async function gather(config: Config, env: GatherEnv, secrets: SecretSet): Promise<Facts> {
  const now = env.now();
  const spec = interpretKubeconfigInput(config.kubeconfig);
  const emptyReason = spec.kind === 'empty' ? emptySecretReason(env.env) : undefined;
  const input: InputFacts = {
    emptyKubeconfig: spec.kind === 'empty',
    ...(emptyReason ? { emptyReason } : {}),
  };
  const kubeconfig = await loadKubeconfig(spec, env, secrets);
  const dirs = new Map(kubeconfig.files.map((f) => [f.path, f.dir]));
  const dirOf = (file: string) =>
    dirs.get(file) ?? (file === '<input>' ? env.cwd : path.dirname(file));
  const targets = selectTargets(kubeconfig, config.context);
  await Promise.all(targets.map((t) => enrich(t, env, secrets, dirOf)));
  return {
    now,
    settings: {
      minValiditySeconds: config.minValiditySeconds,
      warnWithinSeconds: config.warnWithinSeconds,
      offline: config.offline,
    },
    input,
    ...(config.context ? { requestedContext: config.context } : {}),
    kubeconfig,
    targets,
  };
}
