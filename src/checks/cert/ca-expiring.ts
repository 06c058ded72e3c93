import { defineCheck } from '../../model/check.js';
import { caFix, certEvidence, eachCert, certLabel, certLocation } from '../../model/cert.js';
import { caBundles } from '../../model/credentials.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cert/ca-expiring',
  title: 'CA certificate in the kubeconfig expires soon',
  severity: 'warning',
  description:
    'A certificate in certificate-authority(-data) expires within `warn-within` (a warning) or ' +
    'within `min-validity` (an error, unless the bundle holds another CA valid beyond it). When the ' +
    'cluster CA expires, every client that trusts only it fails TLS verification, and client ' +
    'certificates it signed stop working too.',
  remediation:
    'Plan the CA rotation now: on kubeadm follow the manual CA rotation guide and distribute a bundle ' +
    'with both CAs; on managed clusters rotate credentials (AKS: `az aks rotate-certs`; GKE: ' +
    '`gcloud container clusters update --start-credential-rotation`) and re-fetch the kubeconfig.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const { t, bundle, cert } of eachCert(targets, caBundles)) {
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== 'expiring') continue;
      const outlasting = bundle.certs.some(
        (c) =>
          c !== cert &&
          Date.parse(c.notAfter) > Date.parse(cert.notAfter) &&
          Date.parse(c.notBefore) <= now.getTime(),
      );
      out.push({
        message:
          `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}.` +
          (outlasting ? ' Another CA in the bundle stays valid longer.' : ''),
        severity: outlasting ? 'warning' : (verdict.severity ?? 'warning'),
        remediation: caFix(t),
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), secondsLeft: verdict.secondsLeft ?? null },
        location: certLocation(bundle),
      });
    }
    return out;
  },
});
