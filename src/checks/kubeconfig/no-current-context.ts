import { defineCheck } from '../../model/check.js';
import { nameList, unloadableFile } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/no-current-context',
  title: 'No context selected',
  severity: 'error',
  description:
    'With no `context` input and no `current-context` in any kubeconfig file, kubectl has no ' +
    'context to use: it fails with "invalid configuration: no configuration has been provided" or ' +
    'falls back to http://localhost:8080. `aws eks update-kubeconfig` and the other cloud CLIs set ' +
    'current-context; hand-written or merged files often lack it.',
  remediation:
    'Select a context: set the `context` input, run `kubectl config use-context <name>` after ' +
    'writing the kubeconfig, or add `current-context: <name>` to the file. ' +
    '`kubectl config get-contexts` lists the names.',
  run({ kubeconfig: kc, requestedContext, input, audit }) {
    if (requestedContext || kc.currentContext || input.emptyKubeconfig) return [];
    // An audit checks every context; it needs no current one.
    if (audit && kc.contexts.size > 0) return [];
    // kubectl stops at a file it cannot load or find; those checks explain it.
    if (unloadableFile(kc) || kc.files.every((f) => f.status === 'missing')) return [];
    const names = [...kc.contexts.keys()];
    const files = kc.files.filter((f) => f.status !== 'missing').map((f) => f.path);
    const message =
      names.length > 0
        ? `No current-context is set in ${files.join(', ')} and no context was requested; ` +
          `defined contexts: ${nameList(names)}.`
        : `The kubeconfig (${files.join(', ')}) defines no contexts and no current-context.`;
    return [{ message, evidence: { files, contexts: names } }];
  },
});
