import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'exec/config-invalid',
  title: 'Exec plugin configuration is invalid',
  severity: 'error',
  description:
    'kubectl validates `users[].user.exec` before running anything: `command` and `apiVersion` are ' +
    'required, every `env` entry needs a `name`, and `interactiveMode` must be `Never`, ' +
    '`IfAvailable` or `Always` (it is required for `client.authentication.k8s.io/v1`, defaulted to ' +
    '`IfAvailable` for v1beta1). Only v1 and v1beta1 are accepted API versions. Any of these stops ' +
    'kubectl with the error quoted in the finding.',
  remediation:
    'Fix the `exec` stanza of the user. A complete, CI-safe example:\n' +
    '```yaml\nexec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: aws\n' +
    '  args: [eks, get-token, --cluster-name, <cluster>, --region, <region>, --output, json]\n' +
    '  interactiveMode: Never\n```\n' +
    'Or regenerate it with the platform tool: EKS `aws eks update-kubeconfig --name <cluster> ' +
    '--region <region>`; GKE `gcloud container clusters get-credentials <cluster> --location ' +
    '<location>`; AKS `az aks get-credentials -g <group> -n <cluster>` then `kubelogin ' +
    'convert-kubeconfig -l azurecli`; by hand `kubectl config set-credentials <user> ' +
    '--exec-api-version=client.authentication.k8s.io/v1 --exec-interactive-mode=Never ' +
    '--exec-command=<command>`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'not-run') continue;
      const user = t.user?.name ?? '?';
      const where = x.origin.line ? `${x.origin.file}:${x.origin.line}` : x.origin.file;
      const problems = (x.detail ?? 'the exec configuration is incomplete').split('; ');
      out.push({
        message:
          `The exec plugin of user "${user}" (${where}) was not run because kubectl would refuse ` +
          `its configuration: ${problems.join('; ')}.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command || null,
          apiVersion: x.apiVersion ?? null,
          interactiveMode: x.interactiveMode ?? null,
          problems,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
