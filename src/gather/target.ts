/** One context's I/O: its materials, its exec plugin, then the live and AWS phases. */
import type { Config } from '../config.js';
import { detectEks, type EksTarget } from '../model/aws/eks-detect.js';
import type { TargetFacts } from '../model/facts.js';
import { gatherAws } from './aws/index.js';
import { speculate, type Speculation } from './aws/speculative-token.js';
import { trustStsEndpoint } from './aws/sts-endpoint.js';
import type { ClusterToken } from './aws/token-identity.js';
import { gatherLive, type LiveEnv } from './cluster/index.js';
import type { GatherEnv } from './env.js';
import { runExecPlugin } from './exec.js';
import { KILL_GRACE_MS } from './exec/spawn.js';
import { loadMaterials } from './materials.js';
import { oidcSetup } from './oidc.js';
import type { SecretSet } from './secrets.js';
import { EKS_PREFIX } from './token/eks.js';
import type { WireMaterial } from './wire.js';
import { issuedByBundle } from './x509.js';

export interface TargetEnv {
  env: GatherEnv;
  secrets: SecretSet;
  dirOf: (file: string) => string;
  live: LiveEnv | undefined;
  config: Config;
}

/** Exec plugins get a deadline early enough that SIGTERM, the grace and SIGKILL all fit in the budget. */
function execEnv(env: GatherEnv): GatherEnv {
  const grace = Math.min(KILL_GRACE_MS, Math.max(0, env.deadline - Date.now()) / 2);
  return { ...env, deadline: env.deadline - grace };
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

type Remote = [TargetFacts['live'] | undefined, TargetFacts['aws'] | undefined];

export async function gatherTarget(t: TargetFacts, o: TargetEnv): Promise<void> {
  const { env, secrets, live, config } = o;
  const wire: WireMaterial = {};
  const user = t.user;
  // The plugin is started before anything else: the materials and the AWS SDK's loading would
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
  // Awaited below, after the materials: a rejection before then must not count as unhandled.
  plugin?.catch(() => {});
  if (plugin) await Promise.race([started, plugin.catch(() => {})]);
  env.started?.();
  await loadMaterials(t, o.dirOf, secrets, wire);
  const eks = awsTarget(t, config);
  const aws = (token: Promise<ClusterToken | undefined>) =>
    eks && live
      ? gatherAws(eks, {
          env: env.env,
          secrets,
          deadline: live.deadline,
          now: () => env.now().getTime(),
          ...(config.awsRegion ? { region: config.awsRegion } : {}),
          token,
        })
      : undefined;
  const liveOf = (w: WireMaterial) =>
    live ? gatherLive(t, w, live, { awsAuth: Boolean(eks) }) : undefined;

  // The token the plugin will print, signed here: both phases start with it beside the plugin.
  const guess: Speculation | undefined =
    eks && live && plugin ? speculate(t, eks, env.env, env.now()) : undefined;
  if (guess) [guess.token, guess.url].forEach(secrets.add);
  const early = guess
    ? Promise.all([
        liveOf({ ...wire, execToken: guess.token }),
        aws(Promise.resolve({ value: guess.token, from: 'exec' })),
      ])
    : undefined;
  early?.catch(() => {});
  // Otherwise the AWS calls that need no token (credentials, caller, the cluster) start beside it.
  let tokenKnown: (token: ClusterToken | undefined) => void = () => {};
  const awsLater = guess
    ? undefined
    : aws(new Promise<ClusterToken | undefined>((resolve) => (tokenKnown = resolve)));
  try {
    await plugin;
    trustStsEndpoint(t, env.env);
  } finally {
    tokenKnown(clusterToken(t, wire)); // the AWS gather waits for it, whatever the plugin did
  }
  const oidc = await oidcSetup(t, o.dirOf(t.user?.origin.file ?? '<input>'), secrets);
  if (oidc) {
    t.oidc = oidc.config;
    if (oidc.caPem) wire.oidcCa = oidc.caPem;
  }
  const cert = wire.clientCert ?? wire.execCert;
  const issued = cert && wire.ca ? issuedByBundle(cert, wire.ca) : undefined;
  if (issued !== undefined) t.clientCertIssuedByCa = issued;

  let remote: Remote;
  const signedAt = t.exec?.credential?.token?.eks?.signedAt;
  const confirmed =
    guess && !oidc && t.exec?.outcome === 'ok' && guess.confirmedBy(wire.execToken, signedAt);
  if (confirmed) {
    remote = await early!;
  } else {
    const token = Promise.resolve(clusterToken(t, wire));
    remote = await Promise.all([liveOf(wire), awsLater ?? aws(token)]);
    await early?.catch(() => undefined); // what it started is closed before the report
  }
  const [liveFacts, awsFacts] = remote;
  t.live = liveFacts ?? { skipped: 'offline', sent: [], access: [], calls: [] };
  if (eks) t.aws = awsFacts ?? { eks, skipped: 'offline: AWS was not asked' };
}
