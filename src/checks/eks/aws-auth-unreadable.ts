import { defineCheck } from '../../model/check.js';
import { eksBindingSubject } from '../../model/aws/rbac-subject.js';
import { awsTargets } from '../../model/aws/view.js';
import { groupsSeen, rbacFix, seenAs } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import type { AccessAttributes } from '../../model/live.js';

const READ_AWS_AUTH: AccessAttributes = {
  verb: 'get',
  resource: 'configmaps',
  name: 'aws-auth',
  namespace: 'kube-system',
};

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
      // A 403 names who was refused: the grant can name them (a 401 needs a mapping first).
      const user = read.code === 403 && t.live ? seenAs(t.live) : undefined;
      const groups = t.live ? groupsSeen(t.live) : [];
      const grant = user
        ? rbacFix(READ_AWS_AUTH, user, eksBindingSubject(t, user, groups, READ_AWS_AUTH))
        : undefined;
      out.push({
        ...(grant
          ? {
              remediation: `Run the gate with an identity that may \`get\` that ConfigMap, or grant it: ${grant}`,
            }
          : {}),
        message: `Context "${t.contextName}": reading kube-system/aws-auth got ${read.code}${read.message ? ` (${read.message})` : ''}; whether the principal is mapped there is unknown.`,
        context: t.contextName,
        evidence: { status: read.code },
      });
    }
    return out;
  },
});
