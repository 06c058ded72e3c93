/** Why no HTTP answer came back: name resolution, refused ports, dropped packets, proxies. */
import type { Facts, TargetFacts } from '../model/facts.js';
import type { TransportFailure } from '../model/live.js';
import { cause, type Cause } from './model.js';

type Unreachable = Extract<TransportFailure, { kind: 'unreachable' }>;

/** Names that only resolve or route inside a private network. */
const PRIVATE_NAME =
  /\.(internal|local|lan|corp|cluster\.local|svc)$|privatelink|\.private\.|eks\.amazonaws\.com$|azmk8s\.io$/i;

function where(t: TargetFacts): string {
  const ep = t.live?.endpoint;
  return ep ? `${ep.host}:${ep.port}` : (t.cluster?.value.server ?? '?');
}

function dns(t: TargetFacts, facts: Facts, f: Unreachable): Cause[] {
  const host = t.live?.endpoint?.host ?? '';
  const hosted = facts.runner.environment === 'github-hosted';
  if (/\.invalid$/i.test(host)) {
    return [
      cause({
        id: 'placeholder-host',
        title: `"${host}" is under the reserved .invalid domain: a placeholder, never a real server`,
        score: 95,
        evidence: [f.detail],
        settle: 'The server line of the kubeconfig.',
        fix: 'Put the real API server URL in `server`.',
      }),
    ];
  }
  const out = [
    cause({
      id: 'host-does-not-resolve',
      title: `"${host}" does not resolve: a typo, a deleted cluster, or a name from a private DNS zone`,
      score: 60,
      evidence: [f.detail],
      settle: `\`getent hosts ${host}\` on the runner and on a machine inside the cluster's network.`,
      fix: 'Correct the server URL, or fetch the kubeconfig again if the cluster was re-created.',
    }),
  ];
  if (PRIVATE_NAME.test(host)) {
    out.push(
      cause({
        id: 'private-dns',
        title: `"${host}" looks like a name that only resolves inside a private network${hosted ? ', and this is a GitHub-hosted runner' : ''}`,
        score: hosted ? 90 : 70,
        evidence: [f.detail, `runner: ${facts.runner.environment ?? 'unknown'}`],
        settle:
          'Whether the cluster endpoint is private (EKS endpointPrivateAccess, AKS private cluster, GKE private endpoint).',
        fix: 'Run this job on a self-hosted runner inside the network, or enable the public endpoint with an allow-list.',
      }),
    );
  }
  return out;
}

function timeout(t: TargetFacts, facts: Facts, f: Unreachable): Cause[] {
  const cls = t.live?.endpoint?.addressClass;
  const hosted = facts.runner.environment === 'github-hosted';
  if (f.phase === 'tls') {
    return [
      cause({
        id: 'not-an-apiserver',
        title: `TCP to ${where(t)} connects, but the TLS handshake never completes: something other than the API server answers there`,
        score: 75,
        evidence: [f.detail],
        settle: `What listens on ${where(t)} (a load balancer without healthy backends, a port-forward without a target, the wrong port).`,
        fix: 'Point `server` at the API server port, and check the load balancer’s backends.',
      }),
    ];
  }
  if (f.phase === 'response') {
    return [
      cause({
        id: 'apiserver-not-answering',
        title: `${where(t)} accepted the request but sent no complete answer in time: an overloaded API server or a proxy holding the request`,
        score: 70,
        evidence: [f.detail],
        settle: 'The API server’s health (`/readyz?verbose`) and load, or the proxy in between.',
        fix: 'Retry later, raise `timeout`, or fix the component that holds the request.',
      }),
    ];
  }
  if (cls === 'loopback') {
    return [
      cause({
        id: 'local-listener-stuck',
        title: `Something on this runner holds ${where(t)} but does not accept connections: a hung port-forward, tunnel or local proxy`,
        score: 85,
        evidence: [f.detail],
        settle: `\`ss -ltnp 'sport = :${t.live?.endpoint?.port ?? 0}'\` on the runner shows which process listens there.`,
        fix: 'Restart the port-forward or tunnel (or the local cluster) before this step.',
      }),
    ];
  }
  if (cls === 'private' || cls === 'link-local') {
    return [
      cause({
        id: 'private-endpoint',
        title: `${where(t)} is a private address${hosted ? ', which a GitHub-hosted runner cannot reach' : ' that this runner cannot reach'}`,
        score: hosted ? 95 : 75,
        evidence: [
          f.detail,
          `addresses ${t.live?.endpoint?.addresses.join(', ') ?? '?'}`,
          `runner: ${facts.runner.environment ?? 'unknown'}`,
        ],
        settle: 'The route from the runner to that network (VPC peering, VPN, security groups).',
        fix: hosted
          ? 'Use a self-hosted runner in the cluster’s network, or the cluster’s public endpoint.'
          : 'Open the path from this runner to the API server (security group, firewall, route).',
      }),
    ];
  }
  return [
    cause({
      id: 'firewall-drops',
      title: `Packets to ${where(t)} are dropped: a firewall or the cluster’s authorized-network list does not admit this runner`,
      score: 80,
      evidence: [f.detail, `address class ${cls ?? 'unknown'}`],
      settle:
        'The endpoint allow-list (EKS publicAccessCidrs, AKS authorized IP ranges, GKE master authorized networks) against the runner’s public IP; GitHub-hosted runner IPs change between runs.',
      fix: 'Admit the runner (or use a runner with a fixed egress IP) in the cluster’s endpoint allow-list.',
    }),
  ];
}

export function unreachableCauses(t: TargetFacts, facts: Facts, f: Unreachable): Cause[] {
  const settlePort = `\`nc -vz ${t.live?.endpoint?.host ?? 'host'} ${t.live?.endpoint?.port ?? 443}\` from the runner.`;
  switch (f.reason) {
    case 'dns':
      return dns(t, facts, f);
    case 'timeout':
      return timeout(t, facts, f);
    case 'refused':
      if (t.live?.endpoint?.addressClass === 'loopback')
        return [
          cause({
            id: 'local-tunnel-not-running',
            title: `Nothing listens on ${where(t)} on this runner: a port-forward, SSH tunnel or local cluster (kind, minikube) that is not running here`,
            score: 90,
            evidence: [f.detail],
            settle:
              'Which step should start the local endpoint, and whether the kubeconfig was copied from a developer machine.',
            fix: 'Start the tunnel or local cluster before this step, or use a kubeconfig with the cluster’s real address.',
          }),
        ];
      return [
        cause({
          id: 'port-closed',
          title: `${where(t)} refuses connections: wrong port, or the API server is down`,
          score: 80,
          evidence: [f.detail],
          settle: settlePort,
          fix: 'Check the port in `server` (usually 443 or 6443) and the API server’s state.',
        }),
      ];
    case 'proxy':
      return [
        cause({
          id: 'proxy-refused',
          title: `The proxy ${t.live?.endpoint?.proxy?.url ?? ''} did not open a tunnel to the API server`,
          score: 90,
          evidence: [f.detail],
          settle: 'The proxy’s logs or policy for this destination, and its credentials.',
          fix: 'Allow the API server through the proxy, or add it to NO_PROXY when it is reachable directly.',
        }),
      ];
    case 'protocol':
      return [
        cause({
          id: 'plain-http-port',
          title: `${where(t)} does not speak TLS: a plain-HTTP port (the old insecure port, a proxy or health port)`,
          score: 90,
          evidence: [f.detail],
          settle: settlePort,
          fix: 'Use the API server’s secure port with https://.',
        }),
      ];
    default:
      return [
        cause({
          id: f.reason === 'reset' ? 'connection-reset' : 'no-route',
          title:
            f.reason === 'reset'
              ? `The connection to ${where(t)} was reset: a firewall, proxy or load balancer cut it`
              : `There is no network route from this runner to ${where(t)}`,
          score: 80,
          evidence: [f.detail],
          settle: settlePort,
          fix: 'Check the firewall, proxy and routes between the runner and the API server.',
        }),
      ];
  }
}
