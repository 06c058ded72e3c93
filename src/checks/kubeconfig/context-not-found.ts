import { defineCheck } from '../../model/check.js';
import { at, nameList, unloadableFile } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/context-not-found',
  title: 'Selected context does not exist',
  severity: 'error',
  description:
    'The context named by the `context` input (kubectl `--context`) or by `current-context` is ' +
    'not defined in any loaded file. kubectl fails with `context "<name>" does not exist` or ' +
    '`invalid configuration: context was not found for specified context: <name>`. EKS context ' +
    'names are cluster ARNs, GKE ones `gke_<project>_<location>_<cluster>`.',
  remediation:
    'Use a name from `kubectl config get-contexts -o name`, or create the context: ' +
    '`kubectl config set-context <name> --cluster <cluster> --user <user>`. EKS: ' +
    '`aws eks update-kubeconfig --name <cluster> --region <region> --alias <name>`; GKE: ' +
    '`gcloud container clusters get-credentials <cluster> --location <location>`; AKS: ' +
    '`az aks get-credentials -g <resource-group> -n <cluster> --context <name>`.',
  run({ kubeconfig: kc, requestedContext }) {
    const name = requestedContext || kc.currentContext?.name;
    if (!name || kc.contexts.has(name) || unloadableFile(kc)) return [];
    const names = [...kc.contexts.keys()];
    const near = names.filter(
      (n) => n.toLowerCase() === name.toLowerCase() || n.endsWith(`/${name}`),
    );
    const hint = near.length > 0 ? ` Did you mean ${nameList(near)}?` : '';
    const fromInput = Boolean(requestedContext);
    const origin = fromInput ? undefined : kc.currentContext?.origin;
    const by = origin ? `current-context (${at(origin)})` : 'the context input';
    return [
      {
        message: `Context "${name}", selected by ${by}, is not defined; defined contexts: ${nameList(names)}.${hint}`,
        evidence: {
          context: name,
          selectedBy: fromInput ? 'input' : 'current-context',
          defined: names,
        },
        ...(origin
          ? { location: { file: origin.file, ...(origin.line ? { line: origin.line } : {}) } }
          : {}),
      },
    ];
  },
});
