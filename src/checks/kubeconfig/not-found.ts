import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'kubeconfig/not-found',
  title: 'Kubeconfig file not found',
  severity: 'error',
  description:
    'kubectl reads the files listed in KUBECONFIG (missing ones are skipped without a word) or, ' +
    'when KUBECONFIG is unset, `~/.kube/config`. With no file at all it has no cluster to talk to ' +
    'and falls back to `http://localhost:8080` ("The connection to the server localhost:8080 was ' +
    'refused"). A path given with `--kubeconfig` (or the `kubeconfig` input) that does not exist ' +
    'is an error (`stat <path>: no such file or directory`).',
  remediation:
    'Write the kubeconfig before this step, or point the `kubeconfig` input / KUBECONFIG at it. ' +
    'EKS: `aws eks update-kubeconfig --name <cluster> --region <region>`; GKE: ' +
    '`gcloud container clusters get-credentials <cluster> --location <location>`; AKS: ' +
    '`az aks get-credentials -g <resource-group> -n <cluster>`; from a secret: ' +
    '`echo "$KUBECONFIG_B64" | base64 -d > "$HOME/.kube/config"`. Paths are relative to the ' +
    "workspace; `~` is not expanded inside KUBECONFIG (it is in this action's input).",
  run({ kubeconfig: kc, input }) {
    if (input.emptyKubeconfig || kc.source.kind === 'content') return [];
    const missing = kc.files.filter((f) => f.status === 'missing');
    if (missing.length === 0) return [];
    const paths = missing.map((f) => f.path);
    const evidence = { source: kc.source.kind, missing: paths, looked: kc.source.given };
    const where =
      kc.source.kind === 'env'
        ? `the files listed in KUBECONFIG (${kc.source.given.join(', ')})`
        : kc.source.kind === 'default'
          ? `${paths[0]} (KUBECONFIG is not set, so kubectl uses ~/.kube/config)`
          : `the kubeconfig input (${kc.source.given.join(', ')})`;
    if (missing.length === kc.files.length) {
      const single = kc.source.kind === 'paths' && kc.files.length === 1;
      const message = single
        ? `The kubeconfig file ${paths[0]} does not exist; kubectl fails with "stat ${paths[0]}: no such file or directory".`
        : `No kubeconfig file was found: looked at ${where}. kubectl would fall back to http://localhost:8080 and fail.`;
      return [{ message, evidence }];
    }
    return paths.map((p): FindingDraft => ({
      message:
        `${p} is listed but does not exist; kubectl skips it silently, so anything defined only ` +
        'there (a context, cluster or user) is missing.',
      severity: 'warning',
      evidence: { ...evidence, missing: [p] },
    }));
  },
});
