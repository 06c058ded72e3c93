import { defineCheck } from '../../model/check.js';
import { eksTargets } from '../../model/aws/eks-view.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldLocation } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'eks/ca-mismatch',
  title: 'kubeconfig CA is not the EKS cluster’s CA',
  severity: 'error',
  description:
    'The certificate-authority-data in the kubeconfig is not the CA DescribeCluster gives. This is ' +
    'the kubeconfig left behind when a cluster of the same name was deleted and re-created: every ' +
    'connection then fails with `x509: certificate signed by unknown authority`.',
  remediation:
    'Regenerate the entry: `aws eks update-kubeconfig --name <cluster> --region <region>` (or ' +
    'update the secret that holds the kubeconfig).',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const { t, aws, cluster } of eksTargets(targets)) {
      const eks = cluster?.ca?.ok ? cluster.ca : undefined;
      const mine = t.ca?.ok ? t.ca.value : undefined;
      if (!eks || !mine?.length) continue;
      const ours = new Set(mine.map((c) => c.fingerprint));
      if (eks.fingerprints.some((f) => ours.has(f))) continue;
      const created = cluster?.createdAt ? ` The cluster was created ${cluster.createdAt}.` : '';
      out.push({
        message: `Context "${t.contextName}": the kubeconfig CA (${mine[0]?.subject}, SHA-256 ${mine[0]?.fingerprint}) is not the CA of EKS cluster "${cluster?.name}" (${eks.subjects[0]}, SHA-256 ${eks.fingerprints[0]}).${created}`,
        remediation: `\`aws eks update-kubeconfig --name ${cluster?.name} --region ${aws.region}\`, then update wherever this kubeconfig is stored (e.g. the KUBECONFIG secret).`,
        context: t.contextName,
        evidence: {
          cluster: cluster?.name ?? null,
          kubeconfigCa: mine.map((c) => c.fingerprint),
          eksCa: eks.fingerprints,
          clusterCreatedAt: cluster?.createdAt ?? null,
        },
        ...(t.cluster ? { location: fieldLocation(t.cluster, 'certificate-authority-data') } : {}),
      });
    }
    return out;
  },
});
