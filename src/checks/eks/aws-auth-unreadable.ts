import { defineCheck } from '../../model/check.js';
import { awsTargets } from '../../model/aws/view.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/aws-auth-unreadable',
  title: 'aws-auth could not be read: mapping check inconclusive',
  severity: 'notice',
  description:
    'The identity may not read `kube-system/aws-auth`, so whether the IAM principal is mapped there ' +
    'cannot be checked from here (clusters in `API` authentication mode ignore aws-auth anyway; ' +
    'access entries are checked through the EKS API).',
  remediation:
    'Run the gate with an identity that may `get` that ConfigMap, or grant it: `kubectl create role ' +
    'aws-auth-reader -n kube-system --verb=get --resource=configmaps --resource-name=aws-auth` and a ' +
    'RoleBinding to the gate’s identity.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t } of awsTargets(targets)) {
      const read = t.live?.awsAuth;
      if (read?.status !== 'unreadable') continue;
      out.push({
        message: `Context "${t.contextName}": reading kube-system/aws-auth got ${read.code}${read.message ? ` (${read.message})` : ''}; whether the principal is mapped there is unknown.`,
        context: t.contextName,
        evidence: { status: read.code },
      });
    }
    return out;
  },
});
