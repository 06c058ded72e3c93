import { defineCheck } from '../../model/check.js';
import {
  certEvidence,
  eachCert,
  certLabel,
  certLocation,
  clientCertFix,
} from '../../model/cert.js';
import { clientCertBundles } from '../../model/credentials.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cert/client-expired',
  title: 'Client certificate has expired',
  severity: 'error',
  description:
    'A client certificate (or an intermediate sent with it) is past its notAfter date. The TLS ' +
    'handshake still succeeds — the API server only requests client certificates — but the ' +
    'authenticator rejects it, so every request fails with 401 and kubectl says "You must be logged ' +
    'in to the server (Unauthorized)". Certificates from kubeadm expire after one year.',
  remediation:
    'Issue a new client certificate and update the kubeconfig or the CI secret that holds it ' +
    '(kubeadm: `kubeadm certs renew admin.conf` or `kubeadm kubeconfig user --client-name <name>`; ' +
    'AKS: `az aks get-credentials`; k3s: copy k3s.yaml again after the restart that rotated it).',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const { t, bundle, cert } of eachCert(targets, clientCertBundles)) {
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== 'expired') continue;
      out.push({
        message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}. The API server will answer 401 Unauthorized.`,
        remediation: clientCertFix(t, bundle.source.kind === 'exec'),
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), secondsLeft: verdict.secondsLeft ?? null },
        location: certLocation(bundle),
      });
    }
    return out;
  },
});
