import { defineCheck } from '../../model/check.js';
import { tokenCredentials } from '../../model/credentials.js';
import type { FindingDraft } from '../../model/finding.js';
import {
  tokenEvidence,
  tokenFix,
  tokenKind,
  tokenLabel,
  tokenLocation,
} from '../../model/token.js';

export default defineCheck({
  id: 'token/no-expiry',
  title: 'Bearer token never expires',
  severity: 'notice',
  description:
    'A JWT without an `exp` claim stays valid until its signing key or Secret is removed. The usual ' +
    'case is a legacy service-account token Secret (`kubernetes.io/service-account-token`, issuer ' +
    '`kubernetes/serviceaccount`): if the CI secret leaks, the cluster stays open. Opaque tokens are ' +
    'not reported: their lifetime cannot be read from them.',
  remediation:
    'Use short-lived credentials: `kubectl create token <sa> -n <namespace> --duration=2h` per run, or ' +
    'GitHub OIDC with workload identity (EKS access entries / IRSA, GKE Workload Identity Federation, ' +
    'AKS workload identity). Then delete the legacy token Secret.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const { token } = cred;
        if (token.format !== 'jwt' || token.expiresAt || token.malformed) continue;
        if (cred.source.kind === 'exec' && t.exec?.credential?.expirationTimestamp) continue;
        const legacy = tokenKind(cred, t) === 'legacy-service-account';
        const what = legacy
          ? 'a legacy service-account token Secret, which never expires and is not bound to a pod'
          : 'a JWT without an "exp" claim, valid until its signing key is rotated';
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} is ${what}${token.subject ? ` (subject ${token.subject})` : ''}.`,
          remediation: tokenFix(cred, t),
          context: t.contextName,
          evidence: tokenEvidence(cred, t),
          location: tokenLocation(cred),
        });
      }
    }
    return out;
  },
});
