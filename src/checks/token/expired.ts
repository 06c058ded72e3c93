import { defineCheck } from '../../model/check.js';
import { tokenCredentials } from '../../model/credentials.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';
import {
  tokenEvidence,
  tokenFix,
  tokenLabel,
  tokenLocation,
  tokenWindow,
} from '../../model/token.js';

export default defineCheck({
  id: 'token/expired',
  title: 'Bearer token has expired',
  severity: 'error',
  description:
    'The token a user authenticates with is past its expiry: the `exp` claim of a JWT, or 15 minutes ' +
    'after X-Amz-Date for an EKS token (STS ignores X-Amz-Expires). The API server answers every ' +
    'request with a bare 401 Unauthorized, and kubectl says "You must be logged in to the server".',
  remediation:
    'Replace the token with a fresh one: EKS — use the exec plugin (`aws eks update-kubeconfig --name ' +
    '<cluster> --region <region>`) instead of a token minted earlier; service accounts — `kubectl create ' +
    'token <sa> -n <namespace> --duration=2h`; OIDC — log in again (kubelogin); GKE/AKS — let ' +
    'gke-gcloud-auth-plugin / kubelogin mint tokens.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const verdict = judgeExpiry(tokenWindow(cred.token), now, settings);
        if (verdict.state !== 'expired') continue;
        const eks = cred.token.eks?.signedAt
          ? ` It was signed at ${cred.token.eks.signedAt}; EKS tokens live 15 minutes.`
          : '';
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} ${verdict.phrase}.${eks}`,
          remediation: tokenFix(cred, t),
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), secondsLeft: verdict.secondsLeft ?? null },
          location: tokenLocation(cred),
        });
      }
    }
    return out;
  },
});
