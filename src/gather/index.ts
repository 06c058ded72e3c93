/** gather(Config) → Facts: every piece of I/O, concurrently, inside the run's time budget. */
import * as path from 'node:path';
import type { Config } from '../config.js';
import type { Facts, InputFacts, RunnerFacts } from '../model/facts.js';
import type { GatherEnv } from './env.js';
import {
  auditTargets,
  interpretKubeconfigInput,
  loadKubeconfig,
  selectTargets,
} from './kubeconfig/index.js';
import { inPool } from './pool.js';
import type { LiveEnv } from './cluster/index.js';
import { gatherTarget } from './target.js';
import { kubectlProbe, type KubectlProbe } from './cluster/kubectl.js';
import type { SecretSet } from './secrets.js';
import { VERSION } from '../version.js';

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

const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
];

export function runnerFacts(env: Record<string, string | undefined>): RunnerFacts {
  const kind = env.RUNNER_ENVIRONMENT;
  return {
    ...(kind === 'github-hosted' || kind === 'self-hosted' ? { environment: kind } : {}),
    proxyVariables: PROXY_VARIABLES.filter((v) => env[v]),
  };
}

/** The live phase stops early enough to leave time for the report. */
function liveDeadline(env: GatherEnv): number {
  const left = Math.max(0, env.deadline - Date.now());
  // A whole millisecond: AbortSignal.timeout refuses fractions (the AWS calls use it).
  return Math.floor(env.deadline - Math.min(500, left * 0.1));
}

export async function gather(
  config: Config,
  env: GatherEnv,
  secrets: SecretSet,
  shared?: KubectlProbe,
): Promise<Facts> {
  const now = env.now();
  // A separate process, started once the first exec plugin runs (or a context has none): the
  // plugin, the longest step, goes first.
  const kubectl = config.offline
    ? undefined
    : (shared ?? kubectlProbe({ ...env, deadline: liveDeadline(env) }));
  const targetEnv: GatherEnv = kubectl
    ? {
        ...env,
        started: () => {
          void kubectl();
          env.started?.();
        },
      }
    : env;
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
  const audit = config.mode === 'audit';
  const targets = audit
    ? auditTargets(kubeconfig, config.contexts, config.contextPrefix)
    : selectTargets(kubeconfig, config.context);
  const live: LiveEnv | undefined =
    config.offline || targets.length === 0
      ? undefined
      : {
          env,
          secrets,
          requirements: config.requirements,
          userAgent: `kube-preflight/${VERSION}`,
          deadline: liveDeadline(env),
          kubectl: kubectl ?? (() => Promise.resolve(undefined)),
        };
  // One context's trouble is recorded in its own facts; the pool bounds the exec plugins and
  // connections an audit has open at once.
  await inPool(targets, audit ? config.concurrency : targets.length || 1, (t) =>
    gatherTarget(t, { env: targetEnv, secrets, dirOf, live, config }),
  );
  return {
    now,
    settings: {
      minValiditySeconds: config.minValiditySeconds,
      warnWithinSeconds: config.warnWithinSeconds,
      offline: config.offline,
      requirements: config.requirements,
      expectIdentity: config.expectIdentity,
    },
    runner: runnerFacts(env.env),
    input,
    ...(audit ? { audit: { contexts: config.contexts } } : {}),
    ...(config.context ? { requestedContext: config.context } : {}),
    kubeconfig,
    targets,
    ...(config.policy ? { policy: config.policy } : {}),
  };
}
