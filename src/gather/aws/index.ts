/** The AWS side of an EKS context: which credentials the runner has, and who AWS says it is. */
import type { AwsFacts } from '../../model/aws/facts.js';
import type { EksTarget } from '../../model/aws/eks-detect.js';
import type { SecretSet } from '../secrets.js';
import { principalSeen } from '../../model/aws/eks-view.js';
import { callerIdentity } from './caller.js';
import { resolveCredentials } from './credentials.js';
import { gatherEksApi } from './eks-api.js';
import { awsProxy } from './proxy.js';
import { expectedCluster, tokenIdentity, type ClusterToken } from './token-identity.js';

export interface AwsEnv {
  env: Record<string, string | undefined>;
  secrets: SecretSet;
  deadline: number;
  /** The `aws-region` input. */
  region?: string;
  /** The EKS token the cluster gets (exec plugin output or a static token), once it is known. */
  token?: Promise<ClusterToken | undefined>;
  now: () => number;
}

function region(eks: EksTarget, o: AwsEnv): Pick<AwsFacts, 'region' | 'regionFrom'> {
  if (o.region) return { region: o.region, regionFrom: 'input' };
  if (eks.region) return { region: eks.region, regionFrom: 'kubeconfig' };
  const fromEnv = o.env.AWS_REGION || o.env.AWS_DEFAULT_REGION;
  if (fromEnv) return { region: fromEnv, regionFrom: 'environment' };
  return { region: 'us-east-1', regionFrom: 'default' };
}

/** Never throws. The AWS SDK is loaded here, only when AWS is in play. */
export async function gatherAws(eks: EksTarget, o: AwsEnv): Promise<AwsFacts> {
  // The SDK warns on stderr about the Node versions of its *future* releases; the bundle pins one.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const facts: AwsFacts = { eks, ...region(eks, o) };
  try {
    return await ask(facts, o);
  } catch (err) {
    // A bug here must not take the other checks down: it becomes a fact, masked.
    const detail = o.secrets.scrub(`unexpected error: ${(err as Error)?.message ?? String(err)}`);
    return { ...facts, credentials: { ok: false, why: 'error', detail } };
  }
}

/**
 * Credentials, then the caller, then the cluster-level EKS calls run beside the exec plugin; only
 * what needs the token it printed (whose identity it carries, so which access entry) waits for it.
 */
async function ask(facts: AwsFacts, o: AwsEnv): Promise<AwsFacts> {
  const proxy = awsProxy(o.env, o.deadline);
  const resolved = await resolveCredentials({
    ...(o.env.AWS_PROFILE ? { profile: o.env.AWS_PROFILE } : {}),
    deadline: o.deadline,
    secrets: o.secrets,
    env: o.env,
    proxy,
  });
  facts.credentials = resolved.facts;
  const token = (o.token ?? Promise.resolve(undefined)).then((t) =>
    t ? tokenIdentity(t, facts.eks, { ...o, proxy }) : undefined,
  );
  // Awaited on every path below, after calls that take seconds: not an unhandled rejection.
  token.catch(() => {});
  const withToken = async (): Promise<AwsFacts> => {
    const t = await token;
    if (t) facts.token = t;
    return facts;
  };
  if (!resolved.identity) return withToken();
  const caller = await callerIdentity({
    region: facts.region as string,
    credentials: resolved.identity,
    deadline: o.deadline,
    secrets: o.secrets,
    proxy,
  });
  facts.caller = caller;
  const clusterName = expectedCluster(facts.eks);
  // Without a working caller the EKS API would fail the same way; the caller's finding says why.
  if (!caller.ok || !clusterName) return withToken();
  const who = withToken().then((f) => {
    const seen = principalSeen(f);
    return seen ? { rawArn: seen.arn, principal: seen.canonical } : { rawArn: caller.arn };
  });
  // `who` too: the EKS API may end early (no such cluster) while the token is still being replayed.
  const [eksApi] = await Promise.all([
    gatherEksApi(
      {
        clusterName,
        region: facts.region as string,
        credentials: resolved.identity,
        deadline: o.deadline,
        secrets: o.secrets,
        now: o.now,
        proxy,
      },
      who,
    ),
    who,
  ]);
  facts.eksApi = eksApi;
  return facts;
}
