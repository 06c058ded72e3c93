/** Who the cluster will see: the EKS token it gets, replayed to STS as the authenticator does. */
import type { EksTarget } from '../../model/aws/eks-detect.js';
import type { ClusterTokenFacts } from '../../model/aws/eks-facts.js';
import { decodeBase64Url } from '../token/base64url.js';
import { EKS_PREFIX } from '../token/eks.js';
import { replayEksToken } from './eks-token.js';
import type { AwsProxy } from './proxy.js';

export interface ClusterToken {
  value: string;
  from: ClusterTokenFacts['from'];
}

const REPLAY_MS = 5000;

/** Whether the token's presigned URL goes to the endpoint's host (as the CLI signs under it). */
function signedFor(token: string, endpoint: string): boolean {
  const decoded = decodeBase64Url(token.slice(EKS_PREFIX.length), false);
  const url = decoded.ok ? decoded.bytes.toString('utf8') : '';
  return (
    URL.canParse(url) && URL.canParse(endpoint) && new URL(url).host === new URL(endpoint).host
  );
}

/** The cluster the server is, as far as the kubeconfig and inputs say (the exec's name last). */
export function expectedCluster(eks: EksTarget): string | undefined {
  if (eks.outpostsId) return eks.contextCluster ?? eks.clusterName;
  return eks.clusterName === eks.execCluster
    ? (eks.contextCluster ?? eks.clusterName)
    : eks.clusterName;
}

export async function tokenIdentity(
  token: ClusterToken,
  eks: EksTarget,
  o: { env: Record<string, string | undefined>; deadline: number; proxy?: AwsProxy },
): Promise<ClusterTokenFacts | undefined> {
  // An Outposts token carries the cluster id the plugin was given; a normal one the name.
  const clusterId = eks.outpostsId ? eks.execCluster : expectedCluster(eks);
  if (!clusterId) return undefined;
  // The standard endpoint settings send STS calls elsewhere (a proxy, a local AWS): so does this,
  // but only for a token signed for that endpoint. A token for real STS goes to real STS only.
  const configured = o.env.AWS_ENDPOINT_URL_STS || o.env.AWS_ENDPOINT_URL;
  const endpoint = configured && signedFor(token.value, configured) ? configured : undefined;
  const replay = (id: string) =>
    replayEksToken(token.value, id, {
      timeoutMs: Math.max(1, Math.min(REPLAY_MS, o.deadline - Date.now())),
      ...(endpoint ? { endpointOverride: endpoint } : {}),
      ...(o.proxy ? { proxy: o.proxy } : {}),
    });
  const first = await replay(clusterId);
  const facts: ClusterTokenFacts = { from: token.from, clusterId, replay: first };
  const other = eks.execCluster;
  if (!first.ok && first.code === 'SignatureDoesNotMatch' && other && other !== clusterId) {
    const second = await replay(other);
    if (second.ok) facts.signedFor = other;
  }
  return facts;
}
