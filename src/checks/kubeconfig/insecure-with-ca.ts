import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/insecure-with-ca',
  title: 'insecure-skip-tls-verify is set together with a CA',
  severity: 'error',
  description:
    'A cluster with `insecure-skip-tls-verify: true` and a `certificate-authority` or ' +
    '`certificate-authority-data` cannot be used: kubectl fails with "specifying a root ' +
    'certificates file with the insecure flag is not allowed" (also for inline CA data). Running ' +
    '`kubectl config set-cluster --insecure-skip-tls-verify` on an existing cluster causes it.',
  remediation:
    'Remove `insecure-skip-tls-verify` and keep the CA so the server is verified: ' +
    '`kubectl config set-cluster <name> --insecure-skip-tls-verify=false`. If the CA does not ' +
    'match the server certificate, fetch the right one (EKS: `aws eks describe-cluster --query ' +
    'cluster.certificateAuthority.data`; GKE: `gcloud container clusters describe --format ' +
    '"value(masterAuth.clusterCaCertificate)"`; kubeadm: /etc/kubernetes/pki/ca.crt).',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const c = t.cluster;
      if (!c || c.value['insecure-skip-tls-verify'] !== true) continue;
      const caField = isSet(c.value['certificate-authority-data'])
        ? 'certificate-authority-data'
        : isSet(c.value['certificate-authority'])
          ? 'certificate-authority'
          : undefined;
      if (!caField) continue;
      out.push({
        message:
          `Cluster "${c.name}" sets insecure-skip-tls-verify (${fieldAt(c, 'insecure-skip-tls-verify')}) ` +
          `and ${caField} (${fieldAt(c, caField)}); kubectl fails: "specifying a root certificates ` +
          'file with the insecure flag is not allowed".',
        context: t.contextName,
        evidence: { cluster: c.name, caField, file: c.origin.file },
        location: fieldLocation(c, 'insecure-skip-tls-verify'),
      });
    }
    return out;
  },
});
