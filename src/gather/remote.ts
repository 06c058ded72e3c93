/**
 * A context's I/O once its exec plugin runs: materials, then the live and AWS phases — started
 * beside the plugin with the token it is about to print when that can be signed here.
 */
import type { Config } from '../config.js';
import { detectEks, type EksTarget } from '../model/aws/eks-detect.js';
import type { TargetFacts } from '../model/facts.js';
import type { Speculation } from './aws/speculative-token.js';
import { trustStsEndpoint } from './aws/sts-endpoint.js';
import type { ClusterToken } from './aws/token-identity.js';
import { loadMaterials } from './materials.js';
import { oidcSetup } from './oidc.js';
import { livePhases, type TargetEnv } from './target.js';
import { EKS_PREFIX } from './token/eks.js';
import type { WireMaterial } from './wire.js';
import { issuedByBundle } from './x509.js';

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

/** `plugin` is the running exec plugin (it sets `t.exec`), when the user has one. */
export async function gatherRemote(
  t: TargetFacts,
  o: TargetEnv,
  wire: WireMaterial,
  plugin: Promise<void> | undefined,
): Promise<void> {
  const { env, secrets, live, config } = o;
  const loading = live ? livePhases() : undefined;
  await loadMaterials(t, o.dirOf, secrets, wire);
  const { gatherAws, gatherLive, speculate } = (await loading) ?? {};
  const eks = awsTarget(t, config);
  const aws = (token: Promise<ClusterToken | undefined>) =>
    eks && live && gatherAws
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
    live && gatherLive ? gatherLive(t, w, live, { awsAuth: Boolean(eks) }) : undefined;

  // The token the plugin will print, signed here: both phases start with it beside the plugin.
  const guess: Speculation | undefined =
    eks && live && plugin && speculate ? speculate(t, eks, env.env, env.now()) : undefined;
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
