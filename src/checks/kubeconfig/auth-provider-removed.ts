import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation } from '../../model/kubeconfig-rules.js';

const GKE_FIX =
  'Install the plugin (`gcloud components install gke-gcloud-auth-plugin`, or ' +
  '`google-github-actions/setup-gcloud` with `install_components: gke-gcloud-auth-plugin`), then ' +
  'regenerate the kubeconfig: `gcloud container clusters get-credentials <cluster> --location ' +
  '<location> --project <project>`. It writes an exec entry for gke-gcloud-auth-plugin.';
const AKS_FIX =
  'Regenerate the kubeconfig and convert it to kubelogin: `az aks get-credentials -g ' +
  '<resource-group> -n <cluster>` then `kubelogin convert-kubeconfig -l azurecli` (after ' +
  '`azure/login`; use `-l workloadidentity` with OIDC federation, `-l spn` for a service ' +
  'principal). `azure/use-kubelogin` installs kubelogin.';

const REMOVED: Record<string, { plugin: string; fix: string }> = {
  gcp: { plugin: 'gke-gcloud-auth-plugin', fix: GKE_FIX },
  azure: { plugin: 'kubelogin (https://github.com/Azure/kubelogin)', fix: AKS_FIX },
};

export default defineCheck({
  id: 'kubeconfig/auth-provider-removed',
  title: 'auth-provider plugin is removed or unknown',
  severity: 'error',
  description:
    'The in-tree `gcp` and `azure` auth-provider plugins were removed in Kubernetes 1.26 ' +
    '(client-go and kubectl 1.26+): kubectl fails with "The gcp auth plugin has been removed. ' +
    'Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead." (azure: ' +
    'kubelogin). Any provider other than `oidc` fails with `no Auth Provider found for name "<name>"`.',
  remediation: `GKE: ${GKE_FIX} AKS: ${AKS_FIX} Other providers: replace auth-provider with an exec credential plugin or a token.`,
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const u = t.user;
      const provider = u?.value['auth-provider'];
      if (!u || !provider) continue;
      const name = provider.name ?? '';
      if (name === 'oidc') continue;
      const removed = REMOVED[name];
      const where = fieldAt(u, 'auth-provider');
      const message = removed
        ? `User "${u.name}" (${where}) uses the "${name}" auth-provider, removed in Kubernetes 1.26; ` +
          `kubectl fails with "The ${name} auth plugin has been removed". Use ${removed.plugin}.`
        : `User "${u.name}" (${where}) uses the auth-provider "${name}", which kubectl does not ` +
          `have: "no Auth Provider found for name "${name}"".`;
      out.push({
        message,
        context: t.contextName,
        ...(removed ? { remediation: removed.fix } : {}),
        evidence: { user: u.name, authProvider: name, file: u.origin.file },
        location: fieldLocation(u, 'auth-provider'),
      });
    }
    return out;
  },
});
