import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'token/oidc-issuer-mismatch',
  title: 'OIDC discovery document names another issuer',
  severity: 'error',
  description:
    'The issuer’s discovery document says its `issuer` is not the URL the kubeconfig (or the ' +
    'token’s `iss`) uses. OIDC clients and the API server compare the two exactly — a trailing ' +
    'slash, `http` vs `https` or a different path all count — so token validation and refresh fail.',
  remediation:
    'Use the issuer URL exactly as the discovery document spells it, in the kubeconfig ' +
    '(`idp-issuer-url`, kubelogin `--oidc-issuer-url`) and in the API server’s OIDC configuration.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const probe = t.live?.oidc;
      if (!probe?.reachable || probe.documentIssuer === undefined || !t.oidc) continue;
      out.push({
        message: `Context "${t.contextName}": the discovery document at ${probe.discoveryUrl} names the issuer "${probe.documentIssuer}", but ${t.oidc.from === 'token' ? "the token's iss" : 'the kubeconfig'} says "${t.oidc.issuer}".`,
        remediation: `Use "${probe.documentIssuer}" as the issuer URL everywhere, or fix the issuer's configuration so it announces "${t.oidc.issuer}".`,
        context: t.contextName,
        evidence: { configured: t.oidc.issuer, announced: probe.documentIssuer, from: t.oidc.from },
      });
    }
    return out;
  },
});
