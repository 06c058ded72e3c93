import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/insecure-tls',
  title: 'TLS verification is turned off',
  severity: 'warning',
  description:
    '`insecure-skip-tls-verify: true` makes kubectl accept any server certificate, so anyone who ' +
    'can intercept the connection can read the credentials sent to it (tokens, client ' +
    'certificates) and what the deploy sends. It also hides a wrong server URL or a rotated CA.',
  remediation:
    'Verify the server with its CA instead: `kubectl config set-cluster <name> ' +
    '--certificate-authority <ca.crt> --embed-certs --insecure-skip-tls-verify=false`. EKS: ' +
    '`aws eks describe-cluster --name <cluster> --region <region> --query ' +
    'cluster.certificateAuthority.data`; GKE: `gcloud container clusters describe <cluster> ' +
    '--location <location> --format ' +
    '"value(masterAuth.clusterCaCertificate)"`; AKS: `az aks get-credentials` embeds it; kubeadm: ' +
    '/etc/kubernetes/pki/ca.crt. If the certificate lacks the name you connect with, set ' +
    '`tls-server-name` rather than turning verification off.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const c = t.cluster;
      if (!c || c.value['insecure-skip-tls-verify'] !== true) continue;
      // With a CA as well kubectl fails outright: insecure-with-ca reports that.
      if (isSet(c.value['certificate-authority-data']) || isSet(c.value['certificate-authority']))
        continue;
      out.push({
        message:
          `Cluster "${c.name}" (${fieldAt(c, 'insecure-skip-tls-verify')}) skips TLS verification: ` +
          'the server is not authenticated and credentials can be intercepted.',
        context: t.contextName,
        evidence: { cluster: c.name, file: c.origin.file },
        location: fieldLocation(c, 'insecure-skip-tls-verify'),
      });
    }
    return out;
  },
});
