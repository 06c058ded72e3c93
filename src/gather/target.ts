/**
 * One context's I/O. Its exec plugin starts first, from this small module; the rest (materials,
 * live and AWS phases: most of the bundle) loads while the plugin runs.
 */
import type { Config } from '../config.js';
import { lazyModule } from '../lazy.js';
import type { TargetFacts } from '../model/facts.js';
import type { LiveEnv } from './cluster/index.js';
import type { GatherEnv } from './env.js';
import { runExecPlugin } from './exec.js';
import { KILL_GRACE_MS } from './exec/spawn.js';
import type { SecretSet } from './secrets.js';
import type { WireMaterial } from './wire.js';

export interface TargetEnv {
  env: GatherEnv;
  secrets: SecretSet;
  dirOf: (file: string) => string;
  live: LiveEnv | undefined;
  config: Config;
}

const remote = lazyModule(() => import('./remote.js'));
/** The live and AWS phases' code, for a run that is not offline. */
export const livePhases = lazyModule(() => import('./phases.js'));

/** Exec plugins get a deadline early enough that SIGTERM, the grace and SIGKILL all fit in the budget. */
function execEnv(env: GatherEnv): GatherEnv {
  const grace = Math.min(KILL_GRACE_MS, Math.max(0, env.deadline - Date.now()) / 2);
  return { ...env, deadline: env.deadline - grace };
}

export async function gatherTarget(t: TargetFacts, o: TargetEnv): Promise<void> {
  const { env, secrets } = o;
  const wire: WireMaterial = {};
  const user = t.user;
  // The plugin is started before anything else: the materials and the loading of the rest would
  // keep the event loop busy between the steps that lead to its spawn.
  let spawned: () => void = () => {};
  const started = new Promise<void>((resolve) => (spawned = resolve));
  const plugin = user?.value.exec
    ? runExecPlugin(
        user,
        t.cluster,
        o.dirOf(user.origin.file),
        execEnv(env),
        secrets,
        wire,
        spawned,
      ).then((exec) => {
        t.exec = exec;
      })
    : undefined;
  // Awaited by gatherRemote, after the materials: a rejection before then is not unhandled.
  plugin?.catch(() => {});
  if (plugin) await Promise.race([started, plugin.catch(() => {})]);
  // First in the queue: the live and AWS phases wait for them; what judges and reports, after.
  const loading = remote();
  if (o.live) void livePhases();
  env.started?.();
  const { gatherRemote } = await loading;
  await gatherRemote(t, o, wire, plugin);
}
