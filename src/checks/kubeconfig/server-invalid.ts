import { defineCheck } from '../../model/check.js';
import type { FindingDraft, Severity } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet, withoutUserInfo } from '../../model/kubeconfig-rules.js';

/** What is wrong with a server URL, and how bad it is; undefined when it looks right. */
function problem(server: string): { why: string; severity: Severity } | undefined {
  if (server !== server.trim() || /\s/.test(server)) {
    return {
      why: 'contains whitespace (a stray space or newline from a secret or template)',
      severity: 'error',
    };
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(server)) {
    return {
      why: 'has no scheme; kubectl then talks plain http://, with no TLS and no credentials',
      severity: 'error',
    };
  }
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return { why: 'is not a valid URL', severity: 'error' };
  }
  if (url.protocol === 'http:') {
    return {
      why: 'uses http://: kubectl applies credentials and TLS only to https servers, so requests go out anonymous and unencrypted',
      severity: 'error',
    };
  }
  if (url.protocol !== 'https:')
    return { why: `uses the unsupported scheme ${url.protocol}`, severity: 'error' };
  if (url.username || url.password)
    return { why: 'carries a user name or password in the URL', severity: 'error' };
  if (url.search || url.hash)
    return { why: 'has a query or fragment, which kubectl ignores', severity: 'warning' };
  if (url.pathname !== '/' && !/\/k8s\/clusters\/[^/]+\/?$/.test(url.pathname)) {
    return {
      why: `has the path ${url.pathname}; every API path is appended to it (right only behind a proxy such as Rancher)`,
      severity: 'warning',
    };
  }
  return undefined;
}

export default defineCheck({
  id: 'kubeconfig/server-invalid',
  title: 'Cluster server URL is malformed or not https',
  severity: 'error',
  description:
    "The cluster's `server:` must be an https URL such as `https://host:6443`. With http:// " +
    'client-go sends no credentials and no TLS, and a URL without a scheme is treated as ' +
    'http://; whitespace pasted from a secret or an unexpected path makes requests miss the API server.',
  remediation:
    'Set the exact endpoint: `kubectl config set-cluster <name> --server https://<host>:<port>`. ' +
    'EKS: `aws eks describe-cluster --name <cluster> --query cluster.endpoint`; GKE: `gcloud ' +
    'container clusters describe <cluster> --location <location> --format "value(endpoint)"` ' +
    '(prefix https://); AKS: `az aks show -g <rg> -n <cluster> --query fqdn` (https://…:443); ' +
    'kubeadm: `https://<control-plane-endpoint>:6443`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const c = t.cluster;
      const server = c?.value.server;
      if (!c || !isSet(server)) continue;
      const p = problem(server);
      if (!p) continue;
      const shown = JSON.stringify(withoutUserInfo(server));
      out.push({
        message: `Server ${shown} of cluster "${c.name}" (${fieldAt(c, 'server')}) ${p.why}.`,
        severity: p.severity,
        context: t.contextName,
        evidence: { cluster: c.name, server: withoutUserInfo(server), file: c.origin.file },
        location: fieldLocation(c, 'server'),
      });
    }
    return out;
  },
});
