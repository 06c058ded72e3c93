/** gather(Config) → Facts: every piece of I/O, concurrently, inside the run's time budget. */
import * as path from 'node:path';
import type { Config } from '../config.js';
import type { EarlyProbes } from '../early.js';
import type { Facts, InputFacts, RunnerFacts, TargetFacts } from '../model/facts.js';
import type { GatherEnv } from './env.js';
import { runExecPlugin } from './exec.js';
import { KILL_GRACE_MS } from './exec/spawn.js';
import {
  auditTargets,
  interpretKubeconfigInput,
  loadKubeconfig,
  selectTargets,
} from './kubeconfig/index.js';
import { inPool } from './pool.js';
import { detectEks, type EksTarget } from '../model/aws/eks-detect.js';
import { gatherAws } from './aws/index.js';
import { trustStsEndpoint } from './aws/sts-endpoint.js';
import type { ClusterToken } from './aws/token-identity.js';
import { EKS_PREFIX } from './token/eks.js';
import { gatherLive, type LiveEnv } from './cluster/index.js';
import { kubectlVersion } from './cluster/kubectl.js';
import { loadMaterials } from './materials.js';
import { oidcSetup } from './oidc.js';
import type { SecretSet } from './secrets.js';
import type { WireMaterial } from './wire.js';
import { issuedByBundle } from './x509.js';
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

/** Exec plugins get a deadline early enough that SIGTERM, the grace and SIGKILL all fit in the budget. */
function execEnv(env: GatherEnv): GatherEnv {
  const grace = Math.min(KILL_GRACE_MS, Math.max(0, env.deadline - Date.now()) / 2);
  return { ...env, deadline: env.deadline - grace };
}

/** The live phase stops early enough to leave time for the report. */
function liveDeadline(env: GatherEnv): number {
  const left = Math.max(0, env.deadline - Date.now());
  return env.deadline - Math.min(500, left * 0.1);
}

/** The EKS context to check on the AWS side, per the `aws` input; undefined when none. */
function awsTarget(t: TargetFacts, config: Config): EksTarget | undefined {
  if (config.aws === 'false') return undefined;
  const eks = detectEks(t, {
    ...(config.eksCluster ? { cluster: config.eksCluster } : {}),
    ...(config.awsRegion ? { region: config.awsRegion } : {}),
  });
  if (eks || config.aws === 'auto') return eks;
  return { authenticator: 'other', signals: ['the aws input is true'] };
}

/** The EKS token the cluster gets: the exec plugin's, or a static one. */
function clusterToken(t: TargetFacts, wire: WireMaterial): ClusterToken | undefined {
  if (wire.execToken?.startsWith(EKS_PREFIX)) return { value: wire.execToken, from: 'exec' };
  const staticToken = [t.token, t.tokenFile].some((l) => l?.ok && l.value.format === 'eks');
  return staticToken && wire.token ? { value: wire.token, from: 'static' } : undefined;
}

const region = (config: Config) => (config.awsRegion ? { region: config.awsRegion } : {});

async function enrich(
  t: TargetFacts,
  env: GatherEnv,
  secrets: SecretSet,
  dirOf: (f: string) => string,
  live: LiveEnv | undefined,
  config: Config,
) {
  const wire: WireMaterial = {};
  const user = t.user;
  const plugin = user?.value.exec
    ? runExecPlugin(user, t.cluster, dirOf(user.origin.file), execEnv(env), secrets, wire).then(
        (exec) => {
          t.exec = exec;
        },
      )
    : undefined;
  // Awaited below, after the materials: a rejection before then must not count as unhandled.
  plugin?.catch(() => {});
  await loadMaterials(t, dirOf, secrets, wire);
  // The AWS calls that need no token (credentials, caller, the cluster) start beside the plugin.
  const eks = awsTarget(t, config);
  let tokenKnown: (token: ClusterToken | undefined) => void = () => {};
  const token = new Promise<ClusterToken | undefined>((resolve) => (tokenKnown = resolve));
  const aws =
    eks && live
      ? gatherAws(eks, {
          env: env.env,
          secrets,
          deadline: live.deadline,
          now: () => env.now().getTime(),
          ...region(config),
          token,
        })
      : undefined;
  try {
    await plugin;
    trustStsEndpoint(t, env.env);
  } finally {
    tokenKnown(clusterToken(t, wire)); // the AWS gather waits for it, whatever the plugin did
  }
  const oidc = await oidcSetup(t, dirOf(t.user?.origin.file ?? '<input>'), secrets);
  if (oidc) {
    t.oidc = oidc.config;
    if (oidc.caPem) wire.oidcCa = oidc.caPem;
  }
  const cert = wire.clientCert ?? wire.execCert;
  const issued = cert && wire.ca ? issuedByBundle(cert, wire.ca) : undefined;
  if (issued !== undefined) t.clientCertIssuedByCa = issued;
  const [liveFacts, awsFacts] = await Promise.all([
    live ? gatherLive(t, wire, live, { awsAuth: Boolean(eks) }) : undefined,
    aws,
  ]);
  t.live = liveFacts ?? { skipped: 'offline', sent: [], access: [], calls: [] };
  if (eks) t.aws = awsFacts ?? { eks, skipped: 'offline: AWS was not asked' };
}

export async function gather(
  config: Config,
  env: GatherEnv,
  secrets: SecretSet,
  early: EarlyProbes = {},
): Promise<Facts> {
  const now = env.now();
  // A separate process: started first (by the entry point when it could), so it overlaps the rest.
  const kubectl = config.offline
    ? undefined
    : (early.kubectl ?? kubectlVersion({ ...env, deadline: liveDeadline(env) }));
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
          kubectl: kubectl ?? Promise.resolve(undefined),
        };
  // One context's trouble is recorded in its own facts; the pool bounds the exec plugins and
  // connections an audit has open at once.
  await inPool(targets, audit ? config.concurrency : targets.length || 1, (t) =>
    enrich(t, env, secrets, dirOf, live, config),
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
