import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, nameList } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/user-not-found',
  title: 'Context points at a user that is not defined',
  severity: 'error',
  description:
    'A context whose `user:` is empty or names no defined user is not rejected by kubectl: it ' +
    'connects with no credentials at all. kubectl then asks `Please enter Username:` and, with no ' +
    'terminal in CI, fails with `error: EOF`; other clients are answered 401 or 403 as ' +
    '`system:anonymous`. (A context missing its cluster too falls back to http://localhost:8080.)',
  remediation:
    'Define the user or point the context at an existing one: `kubectl config set-credentials ' +
    '<name> --token <token>` (or `--client-certificate`/`--client-key`, or `--exec-command`), then ' +
    '`kubectl config set-context <context> --user <name>`. Or regenerate the kubeconfig: EKS ' +
    '`aws eks update-kubeconfig --name <cluster> --region <region>`; GKE `gcloud container ' +
    'clusters get-credentials <cluster> --location <location>`; AKS `az aks get-credentials -g ' +
    '<resource-group> -n <cluster>` then `kubelogin convert-kubeconfig -l azurecli`.',
  run({ targets, kubeconfig }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      if (!t.context || t.user) continue;
      const name = t.context.value.user;
      const what = name
        ? `names user "${name}", which is not defined in any loaded file (defined: ${nameList(kubeconfig.users.keys())})`
        : 'does not name a user';
      out.push({
        message:
          `Context "${t.contextName}" (${fieldAt(t.context, 'user')}) ${what}; kubectl sends ` +
          'requests without credentials and prompts `Please enter Username:`, which fails with EOF in CI.',
        context: t.contextName,
        evidence: { context: t.contextName, user: name ?? null, file: t.context.origin.file },
        location: fieldLocation(t.context, 'user'),
      });
    }
    return out;
  },
});
