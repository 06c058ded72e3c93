import { defineCheck } from '../../model/check.js';
import { caFix, certEvidence, certLabel, certLocation } from '../../model/cert.js';
import { caBundles } from '../../model/credentials.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cert/ca-expired',
  title: 'CA certificate in the kubeconfig has expired',
  severity: 'error',
  description:
    'A certificate in certificate-authority(-data) is past its notAfter date. If it is the only CA ' +
    'that can verify the server, TLS fails with "x509: certificate has expired or is not yet valid". ' +
    'In a bundle that still holds a valid CA (during a CA rotation) an expired one is only clutter, ' +
    'so that case is a warning naming the CA that remains valid.',
  remediation:
    "Replace the CA data with the cluster's current CA (re-fetch the kubeconfig: `aws eks " +
    'update-kubeconfig`, `gcloud container clusters get-credentials`, `az aks get-credentials`; ' +
    'kubeadm: copy /etc/kubernetes/pki/ca.crt) and remove expired CAs from the bundle.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const bundle of caBundles(t)) {
        const valid = bundle.certs.filter((c) => judgeExpiry(c, now, settings).state !== 'expired');
        for (const cert of bundle.certs) {
          const verdict = judgeExpiry(cert, now, settings);
          if (verdict.state !== 'expired') continue;
          const still = valid[0];
          out.push({
            message:
              `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}.` +
              (still
                ? ` The bundle still holds a valid CA ("${still.subject}", until ${still.notAfter}), so TLS works if that CA signed the server certificate.`
                : ' No valid CA remains, so TLS verification of the API server will fail.'),
            severity: still ? 'warning' : 'error',
            remediation: caFix(t),
            context: t.contextName,
            evidence: { ...certEvidence(bundle, cert), validCAsLeft: valid.length },
            location: certLocation(bundle),
          });
        }
      }
    }
    return out;
  },
});
