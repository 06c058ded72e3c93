import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'exec/api-version-removed',
  title: 'Exec plugin uses the removed v1alpha1 API',
  severity: 'error',
  description:
    '`client.authentication.k8s.io/v1alpha1` was removed from client-go in Kubernetes 1.24. ' +
    'kubectl 1.24 and later (every current runner image) refuses such a user with ' +
    '`exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"`. Kubeconfigs ' +
    'written by old `aws eks update-kubeconfig` versions still carry it.',
  remediation:
    'Regenerate the kubeconfig with a current tool, or change one line. EKS: `aws eks ' +
    'update-kubeconfig --name <cluster> --region <region>` with a current AWS CLI (v2 is ' +
    'preinstalled on GitHub-hosted runners) writes `client.authentication.k8s.io/v1beta1` and ' +
    '`--output json`. By hand: set `apiVersion: ' +
    'client.authentication.k8s.io/v1beta1` under `exec:` (or `v1` together with ' +
    '`interactiveMode: Never`). aws-iam-authenticator, gke-gcloud-auth-plugin and kubelogin ' +
    'all accept v1beta1 and v1.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'api-version-removed') continue;
      const user = t.user?.name ?? '?';
      const where = x.origin.line ? `${x.origin.file}:${x.origin.line}` : x.origin.file;
      out.push({
        message:
          `User "${user}" (${where}) runs \`${x.command}\` with apiVersion ` +
          `${x.apiVersion ?? '?'}, removed in Kubernetes 1.24; kubectl fails with: ` +
          `${x.detail ?? 'invalid apiVersion'}.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command,
          apiVersion: x.apiVersion ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
