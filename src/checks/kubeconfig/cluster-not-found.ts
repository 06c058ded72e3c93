import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, nameList } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/cluster-not-found',
  title: 'Context points at a cluster that is not defined',
  severity: 'error',
  description:
    'A context whose `cluster:` is empty or names no defined cluster is not rejected by kubectl: ' +
    'it silently uses a default cluster, `http://localhost:8080` (or $KUBERNETES_MASTER), and ' +
    'fails with "The connection to the server localhost:8080 was refused". The cluster usually ' +
    'lives in a file that is not loaded, or was renamed.',
  remediation:
    'Define the cluster or point the context at an existing one: `kubectl config set-cluster ' +
    '<name> --server https://<host>:6443 --certificate-authority <ca.crt> --embed-certs`, then ' +
    '`kubectl config set-context <context> --cluster <name>`. Or regenerate the kubeconfig with ' +
    'the cloud CLI (`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, ' +
    '`az aks get-credentials`), and check that every file is listed in KUBECONFIG.',
  run({ targets, kubeconfig }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      if (!t.context || t.cluster) continue;
      const name = t.context.value.cluster;
      const where = fieldAt(t.context, 'cluster');
      const what = name
        ? `names cluster "${name}", which is not defined in any loaded file (defined: ${nameList(kubeconfig.clusters.keys())})`
        : 'does not name a cluster';
      out.push({
        message: `Context "${t.contextName}" (${where}) ${what}; kubectl silently falls back to http://localhost:8080.`,
        context: t.contextName,
        evidence: { context: t.contextName, cluster: name ?? null, file: t.context.origin.file },
        location: fieldLocation(t.context, 'cluster'),
      });
    }
    return out;
  },
});
