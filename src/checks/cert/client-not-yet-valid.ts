import { defineCheck } from '../../model/check.js';
import { certEvidence, eachCert, certLabel, certLocation } from '../../model/cert.js';
import { clientCertBundles } from '../../model/credentials.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cert/client-not-yet-valid',
  title: 'Client certificate is not valid yet',
  severity: 'error',
  description:
    'A client certificate starts in the future by the runner clock. Either the runner clock is ' +
    'wrong (then tokens and TLS fail too), or the certificate was issued with a future start, e.g. ' +
    'by a CA whose clock is ahead. The API server rejects it with 401 until notBefore.',
  remediation:
    'Check the runner clock against a trusted source (`date -u`; on self-hosted runners make sure ' +
    'chrony/systemd-timesyncd is running: `timedatectl status`). If the clock is right, re-issue the ' +
    'certificate with a start time in the past (the CA clock may be ahead) and update the kubeconfig.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const { t, bundle, cert } of eachCert(targets, clientCertBundles)) {
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== 'not-yet-valid') continue;
      out.push({
        message:
          `Context "${t.contextName}": the ${certLabel(bundle, cert)} is ${verdict.phrase}; ` +
          `the runner clock reads ${now.toISOString()} — it may be wrong, or the certificate was issued with a future start.`,
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), runnerClock: now.toISOString() },
        location: certLocation(bundle),
      });
    }
    return out;
  },
});
