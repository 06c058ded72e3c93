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
  id: 'cert/client-expiring',
  title: 'Client certificate expires soon',
  severity: 'warning',
  description:
    'A client certificate (or an intermediate sent with it) expires within `warn-within` (a ' +
    'warning) or within `min-validity` (an error: the deploy could lose its credentials half way). ' +
    'Certificates returned by an exec plugin are left to the plugin: kubectl runs it again when its ' +
    'credential expires.',
  remediation:
    'Renew the certificate before it expires and update the kubeconfig or CI secret (kubeadm: ' +
    '`kubeadm certs check-expiration` then `kubeadm certs renew admin.conf`; AKS: `az aks rotate-certs`). ' +
    'Schedule kube-preflight on a cron to hear about it weeks ahead.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const { t, bundle, cert } of eachCert(targets, clientCertBundles)) {
      if (bundle.source.kind === 'exec') continue;
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== 'expiring') continue;
      out.push({
        message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}.`,
        ...(verdict.severity ? { severity: verdict.severity } : {}),
        remediation: clientCertFix(t, false),
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), secondsLeft: verdict.secondsLeft ?? null },
        location: certLocation(bundle),
      });
    }
    return out;
  },
});
