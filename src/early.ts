/**
 * Work started before the engine is even loaded: the kubectl version probe is a separate process,
 * so it runs on the other core while this one compiles and runs the engine. Gather consumes it.
 */
import type { Config } from './config.js';
import { kubectlVersion } from './gather/cluster/kubectl.js';
import type { KubectlFacts } from './model/live.js';

export interface EarlyProbes {
  kubectl?: Promise<KubectlFacts | undefined>;
}

export function startEarlyProbes(
  config: Config,
  env: Record<string, string | undefined>,
  cwd: string,
): EarlyProbes {
  if (config.offline) return {};
  const deadline = Date.now() + config.timeoutSeconds * 900; // 90 % of the budget at most
  const signal = AbortSignal.timeout(config.timeoutSeconds * 1000);
  return { kubectl: kubectlVersion({ env, cwd, deadline, signal }) };
}
