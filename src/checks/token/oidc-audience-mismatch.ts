import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'token/oidc-audience-mismatch',
  title: 'OIDC ID token is not for the configured client ID',
  severity: 'warning',
  description:
    'The ID token’s `aud` claim does not contain the client ID the kubeconfig names (auth-provider ' +
    '`client-id`, kubelogin `--oidc-client-id`). The API server accepts only ID tokens whose ' +
    'audience holds its own client ID (`--oidc-client-id` or the AuthenticationConfiguration ' +
    'audiences), which is almost always the same one — so this token is likely rejected with 401.',
  remediation:
    'Request the token for the cluster’s client ID (kubelogin `--oidc-client-id`), or add this ' +
    'audience to the API server’s OIDC configuration.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const clientId = t.oidc?.clientId;
      const token = t.oidc?.idToken ?? t.exec?.credential?.token;
      const aud = token?.audience;
      if (!clientId || !aud || aud.includes(clientId)) continue;
      out.push({
        message: `Context "${t.contextName}": the ID token from ${t.oidc?.issuer} has audience ${aud.map((a) => `"${a}"`).join(', ')}, which does not include the client ID "${clientId}".`,
        context: t.contextName,
        evidence: {
          clientId,
          audience: aud,
          issuer: t.oidc?.issuer ?? null,
          fingerprint: token.fingerprint,
        },
      });
    }
    return out;
  },
});
