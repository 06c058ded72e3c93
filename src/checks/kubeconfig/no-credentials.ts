import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { authMethods, fieldAt, fieldLocation } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/no-credentials',
  title: 'User has no credentials',
  severity: 'error',
  description:
    'A user with no token, tokenFile, client certificate, exec plugin, auth-provider or ' +
    'username/password gives kubectl nothing to authenticate with. kubectl then prompts ' +
    '`Please enter Username:`; in CI there is no terminal, so it fails with `error: EOF` (or ' +
    'hangs when stdin stays open). A client key alone does not count.',
  remediation:
    'Add credentials to the user. Token: `kubectl config set-credentials <user> --token ' +
    '"$(kubectl create token <sa> -n <namespace> --duration=2h)"`. EKS: `aws eks ' +
    'update-kubeconfig --name <cluster> --region <region>` (exec: aws eks get-token). GKE: ' +
    '`gcloud container clusters get-credentials <cluster> --location <location>`. AKS: `az aks ' +
    'get-credentials -g <rg> -n <cluster>` + `kubelogin convert-kubeconfig -l azurecli`. ' +
    'kubeadm: `kubeadm kubeconfig user --client-name <name>`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const u = t.user;
      if (!u || authMethods(u.value).length > 0) continue;
      out.push({
        message:
          `User "${u.name}" (${fieldAt(u)}), used by context "${t.contextName}", has no credentials: ` +
          'kubectl prompts `Please enter Username:` and fails with EOF in CI.',
        context: t.contextName,
        evidence: { user: u.name, fields: Object.keys(u.value), file: u.origin.file },
        location: fieldLocation(u),
      });
    }
    return out;
  },
});
