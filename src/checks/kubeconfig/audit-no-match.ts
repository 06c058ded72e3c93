import { defineCheck } from '../../model/check.js';
import { nameList } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/audit-no-match',
  title: 'The audit matched no context',
  severity: 'error',
  description:
    'In audit mode every context whose name matches one of the `contexts` globs is checked. None ' +
    'did, so nothing was audited — a renamed context or a typo in the glob would otherwise pass ' +
    'silently.',
  remediation:
    'Fix the `contexts` globs (`*` matches any run of characters, `?` one), or leave `contexts` ' +
    'empty to audit every context. `kubectl config get-contexts -o name` lists the names.',
  run({ audit, kubeconfig: kc, targets }) {
    if (!audit || targets.length > 0 || kc.contexts.size === 0) return [];
    const names = [...kc.contexts.keys()];
    return [
      {
        message: `No context matches ${audit.contexts.map((g) => `"${g}"`).join(', ')}; the kubeconfig defines ${nameList(names)}.`,
        evidence: { globs: audit.contexts, contexts: names },
      },
    ];
  },
});
