import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/basic-auth',
  title: 'User authenticates with a username and password',
  severity: 'error',
  description:
    'Static password files (`--basic-auth-file`) were removed from the API server in Kubernetes ' +
    '1.19, so no current cluster accepts basic auth: every request gets 401 Unauthorized. kubectl ' +
    'still reads `username`/`password` and sends them.',
  remediation:
    'Switch the user to a supported method. Service account: `kubectl create token <sa> -n ' +
    '<namespace> --duration=2h` and `kubectl config set-credentials <user> --token <token>` (then ' +
    '`kubectl config unset users.<user>.username` and `.password`). EKS: `aws eks ' +
    'update-kubeconfig`; GKE: `gcloud container clusters get-credentials` (gke-gcloud-auth-plugin); ' +
    'AKS: `az aks get-credentials` + `kubelogin convert-kubeconfig -l azurecli`; kubeadm: ' +
    '`kubeadm kubeconfig user --client-name <name>` for a client certificate.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const u = t.user;
      if (!u || !(isSet(u.value.username) || isSet(u.value.password))) continue;
      const field = isSet(u.value.username) ? 'username' : 'password';
      out.push({
        message:
          `User "${u.name}" (${fieldAt(u, field)}) uses basic auth (username/password), which API ` +
          'servers no longer accept since Kubernetes 1.19: expect 401 Unauthorized.',
        context: t.contextName,
        evidence: {
          user: u.name,
          username: isSet(u.value.username),
          password: isSet(u.value.password),
          file: u.origin.file,
        },
        location: fieldLocation(u, field),
      });
    }
    return out;
  },
});
