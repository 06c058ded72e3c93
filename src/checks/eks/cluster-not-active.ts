import { defineCheck } from '../../model/check.js';
import { eksTargets } from '../../model/aws/eks-view.js';
import type { FindingDraft } from '../../model/finding.js';

const WHY: Record<string, string> = {
  CREATING: 'it is still being created; its endpoint does not answer yet',
  DELETING: 'it is being deleted',
  FAILED: 'its creation failed',
  UPDATING: 'an update is in progress; the API server may restart or refuse requests meanwhile',
  PENDING: 'it is pending (EKS Anywhere or Outposts) and not serving yet',
};

export default defineCheck({
  id: 'eks/cluster-not-active',
  title: 'EKS cluster is not ACTIVE',
  severity: 'error',
  description:
    'DescribeCluster reports a status other than ACTIVE. A cluster being created, deleted or that ' +
    'failed cannot take a deploy; one being updated (a version upgrade, an endpoint or ' +
    'authentication-mode change) may refuse or drop requests until the update ends.',
  remediation:
    'Wait for the cluster to become ACTIVE (`aws eks wait cluster-active --name <cluster>`) before ' +
    'the deploy step, or fix the failed cluster.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, cluster } of eksTargets(targets)) {
      if (!cluster || cluster.status === 'ACTIVE') continue;
      const why = WHY[cluster.status] ?? 'it is not serving normally';
      out.push({
        message: `Context "${t.contextName}": EKS cluster "${cluster.name}" is ${cluster.status}: ${why}.`,
        ...(cluster.status === 'UPDATING' ? { severity: 'warning' as const } : {}),
        remediation: `\`aws eks wait cluster-active --name ${cluster.name}\` before deploying${cluster.status === 'FAILED' ? '; a FAILED cluster must be fixed or re-created' : ''}.`,
        context: t.contextName,
        evidence: { cluster: cluster.name, status: cluster.status },
      });
    }
    return out;
  },
});
