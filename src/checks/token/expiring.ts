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
  id: 'token/expiring',
  title: 'Bearer token expires soon',
  severity: 'warning',
  description:
    'A static token (kubeconfig `token` or `tokenFile`) expires before the job can be expected to ' +
    'finish: an error inside `min-validity`, a warning inside `warn-within`. Tokens from exec plugins ' +
    'are left out: kubectl runs the plugin again for a new one. A static EKS token always lands here, ' +
    'since it lives only 15 minutes.',
  remediation:
    'Mint a token that outlives the job, or better, one per call: EKS — the exec plugin via `aws eks ' +
    'update-kubeconfig`; service accounts — `kubectl create token <sa> -n <namespace> --duration=2h`; ' +
    'OIDC/GKE/AKS — their exec plugins (kubelogin, gke-gcloud-auth-plugin).',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        if (cred.source.kind === 'exec') continue;
        const verdict = judgeExpiry(tokenWindow(cred.token), now, settings);
        if (verdict.state !== 'expiring') continue;
        const eks = cred.token.format === 'eks' ? ' A static EKS token cannot cover a deploy.' : '';
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} ${verdict.phrase}.${eks}`,
          ...(verdict.severity ? { severity: verdict.severity } : {}),
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
