import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/server-missing',
  title: 'Cluster has no server',
  severity: 'error',
  description:
    'A cluster without `server:` gives kubectl no address: validation reports `no server found ' +
    'for cluster "<name>"`, and kubectl commands fall back to http://localhost:8080 ("The ' +
    'connection to the server localhost:8080 was refused").',
  remediation:
    'Set the API server URL: `kubectl config set-cluster <name> --server https://<host>:6443`. ' +
    'EKS: `aws eks describe-cluster --name <cluster> --query cluster.endpoint`; GKE: `gcloud ' +
    'container clusters describe <cluster> --location <location> --format "value(endpoint)"`; AKS: ' +
    '`az aks show -g <resource-group> -n <cluster> --query fqdn`; kubeadm: the ' +
    '`controlPlaneEndpoint` (port 6443). Regenerating the kubeconfig with the cloud CLI sets it.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const c = t.cluster;
      if (!c || isSet(c.value.server)) continue;
      out.push({
        message: `Cluster "${c.name}" (${fieldAt(c)}), used by context "${t.contextName}", has no server URL.`,
        context: t.contextName,
        evidence: { cluster: c.name, file: c.origin.file, line: c.origin.line ?? null },
        location: fieldLocation(c),
      });
    }
    return out;
  },
});
