import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export default defineCheck({
  id: 'kubeconfig/invalid-namespace',
  title: 'Context namespace is not a valid name',
  severity: 'error',
  description:
    "A context's `namespace` must be a DNS-1123 label: at most 63 lowercase letters, digits and " +
    "'-', starting and ending with a letter or digit. client-go's validation reports `namespace " +
    '"<ns>" for context "<ctx>" does not conform to the kubernetes DNS_LABEL rules`, and the API ' +
    'server rejects or finds nothing in such a namespace, so the deploy goes nowhere.',
  remediation:
    'Set the real namespace: `kubectl config set-context <context> --namespace <name>` (see ' +
    '`kubectl get namespaces`), or pass `-n <name>` to each command. Watch for upper case, ' +
    'underscores and trailing spaces from templating.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const ns = t.context?.value.namespace;
      if (!t.context || !isSet(ns)) continue;
      if (ns.length <= 63 && DNS1123_LABEL.test(ns)) continue;
      out.push({
        message:
          `Namespace ${JSON.stringify(ns)} of context "${t.contextName}" ` +
          `(${fieldAt(t.context, 'namespace')}) does not conform to the kubernetes DNS_LABEL rules.`,
        context: t.contextName,
        evidence: { context: t.contextName, namespace: ns, file: t.context.origin.file },
        location: fieldLocation(t.context, 'namespace'),
      });
    }
    return out;
  },
});
