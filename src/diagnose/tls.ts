/** Why the TLS handshake with the API server failed: stale CA, interception, wrong name, expiry. */
import type { Facts, TargetFacts } from '../model/facts.js';
import type { TransportFailure } from '../model/live.js';
import { cause, type Cause } from './model.js';
import { ago, kubeconfigAge } from './timeline.js';

type TlsFailure = Extract<TransportFailure, { kind: 'tls' }>;

/** Issuers of TLS-inspecting proxies and security products seen re-signing traffic. */
const INTERCEPTORS =
  /zscaler|inspection|netskope|palo ?alto|fortinet|fortigate|blue ?coat|forcepoint|websense|sophos|check ?point|cisco umbrella|mcafee|symantec|barracuda|kaspersky|eset|avast|bitdefender|mitmproxy|charles proxy|fiddler|burp|squid|proxy/i;

function chainText(f: TlsFailure): string {
  const chain = f.presented ?? [];
  if (chain.length === 0) return 'the server presented no readable chain';
  return chain
    .map((c) => `"${c.subject}" (issuer "${c.issuer}", SHA-256 ${c.fingerprint.slice(0, 23)}…)`)
    .join(' → ');
}

function untrusted(t: TargetFacts, facts: Facts, f: TlsFailure): Cause[] {
  const out: Cause[] = [];
  const top = f.presented?.[f.presented.length - 1];
  const leaf = f.presented?.[0];
  const ca = t.ca?.ok ? t.ca.value[0] : undefined;
  const proxy = t.live?.endpoint?.proxy;
  const issuerText = [top?.issuer, top?.subject, leaf?.issuer].join(' ');
  const intercepted = INTERCEPTORS.test(issuerText);
  if (intercepted || proxy) {
    out.push(
      cause({
        id: 'tls-intercepting-proxy',
        title: intercepted
          ? `The certificate was issued by "${top?.issuer ?? leaf?.issuer}", which looks like a TLS-inspecting proxy, not the cluster`
          : `Traffic goes through the proxy ${proxy?.url}, which may re-sign TLS with its own CA`,
        score: intercepted ? 90 : 65,
        evidence: [
          `presented chain: ${chainText(f)}`,
          ...(proxy ? [`proxy ${proxy.url} (${proxy.variable ?? proxy.source})`] : []),
        ],
        settle:
          'Whether the presented issuer is your network’s inspection CA (ask the network team), and whether the same server shows the cluster CA from outside that network.',
        fix: 'Exclude the API server from TLS inspection (or add it to NO_PROXY); do not trust the proxy CA for the cluster instead.',
      }),
    );
  }
  if (!ca) {
    out.push(
      cause({
        id: 'ca-missing',
        title:
          'The kubeconfig has no certificate-authority, and the server’s certificate is not from a public CA',
        score: 90,
        evidence: [`presented chain: ${chainText(f)}`, 'trusted: the system CA store only'],
        settle:
          'The cluster CA (kubeadm: /etc/kubernetes/pki/ca.crt; managed clusters: the console or `describe-cluster`).',
        fix: 'Add `certificate-authority-data` (base64 of the cluster CA PEM) to the cluster entry.',
      }),
    );
  } else if (!f.anchoredInKubeconfigCa) {
    const written = kubeconfigAge(t, facts);
    const issued = leaf ? Date.parse(leaf.notBefore) : NaN;
    const newer =
      written &&
      Number.isFinite(issued) &&
      issued > facts.now.getTime() - written.ageSeconds * 1000;
    out.push(
      cause({
        id: 'stale-ca',
        title: newer
          ? `The server's certificate was issued after the kubeconfig was written, by another CA: the cluster was re-created or its CA rotated`
          : "The server's certificate does not chain to the kubeconfig's CA: a stale kubeconfig (cluster re-created or CA rotated) or a server URL that points at another cluster",
        score: newer ? 90 : 80,
        evidence: [
          `kubeconfig CA "${ca.subject}" SHA-256 ${ca.fingerprint.slice(0, 23)}…, valid from ${ca.notBefore}`,
          `presented chain: ${chainText(f)}`,
          ...(written ? [`kubeconfig written ${ago(written.ageSeconds)}`] : []),
        ],
        settle:
          "The cluster's current CA (managed clusters: `aws eks describe-cluster --query cluster.certificateAuthority`, `az aks get-credentials`, `gcloud container clusters describe`), compared by fingerprint.",
        fix: 'Fetch the kubeconfig again from the cluster (or replace certificate-authority-data with the current CA).',
      }),
    );
  }
  if (leaf?.selfSigned) {
    out.push(
      cause({
        id: 'self-signed-server',
        title: `The server presents a self-signed certificate "${leaf.subject}": not the cluster's serving certificate, or an API server that generated its own`,
        score: 55,
        evidence: [`presented: ${chainText(f)}`],
        settle:
          'What listens at this address (a load balancer or ingress with a default certificate?).',
        fix: 'Point `server` at the API server itself, or give the load balancer the cluster certificate.',
      }),
    );
  }
  return out;
}

function hostname(t: TargetFacts, f: TlsFailure): Cause[] {
  const names = f.altNames ?? [];
  const set = t.cluster?.value['tls-server-name'];
  return [
    cause({
      id: set ? 'tls-server-name-wrong' : 'wrong-host',
      title: set
        ? `tls-server-name "${set}" is not a name in the server's certificate`
        : `The server certificate is not valid for "${f.checkedName ?? t.live?.endpoint?.host}"`,
      score: 90,
      evidence: [
        `certificate names: ${names.join(', ') || '(none)'}`,
        `checked: ${f.checkedName ?? '?'}`,
      ],
      settle: 'The certificate’s names above, against the server URL of the kubeconfig.',
      fix: names.length
        ? `Use one of ${names.map((n) => n.replace(/^(DNS|IP Address):/, '')).join(', ')} in \`server\`, or set \`tls-server-name\` to one of them.`
        : 'Use the API server’s real name in `server`.',
    }),
  ];
}

function expired(facts: Facts, f: TlsFailure): Cause[] {
  const leaf = f.presented?.[0];
  if (!leaf) return [];
  const now = facts.now.getTime();
  const after = Date.parse(leaf.notAfter);
  const before = Date.parse(leaf.notBefore);
  if (before > now) {
    return [
      cause({
        id: 'runner-clock-behind',
        title: `The server certificate is valid only from ${leaf.notBefore} (${ago((now - before) / 1000)}): the runner's clock is behind, or the certificate was just issued by a machine whose clock is ahead`,
        score: 80,
        evidence: [
          `server certificate "${leaf.subject}" notBefore ${leaf.notBefore}`,
          `runner time ${facts.now.toISOString()}`,
        ],
        settle: "The runner's time sync (`timedatectl status`) against a trusted clock.",
        fix: 'Fix the runner clock (NTP).',
      }),
    ];
  }
  return [
    cause({
      id: 'server-cert-expired',
      title: `The API server's certificate expired ${ago((now - after) / 1000)}`,
      score: after < now ? 90 : 40,
      evidence: [`server certificate "${leaf.subject}" notAfter ${leaf.notAfter}`],
      settle: 'On the control plane: `kubeadm certs check-expiration`.',
      fix: 'Renew the serving certificate (kubeadm: `kubeadm certs renew apiserver`, then restart kube-apiserver).',
    }),
  ];
}

export function tlsCauses(t: TargetFacts, facts: Facts, f: TlsFailure): Cause[] {
  if (f.problem === 'untrusted') return untrusted(t, facts, f);
  if (f.problem === 'hostname-mismatch') return hostname(t, f);
  if (f.problem === 'server-cert-expired') return expired(facts, f);
  return [];
}
