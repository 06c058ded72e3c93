import { defineCheck } from '../../model/check.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft, Severity } from '../../model/finding.js';

export default defineCheck({
  id: 'token/oidc-issuer-unreachable',
  title: "OIDC issuer's discovery document cannot be fetched",
  severity: 'warning',
  description:
    'The context gets its tokens from an OpenID Connect issuer (auth-provider `oidc`, kubelogin, or ' +
    'an ID token from the issuer). The runner fetched `<issuer>/.well-known/openid-configuration`, ' +
    'as kubectl and kubelogin do before refreshing a token, and it failed. Once the current ID ' +
    'token expires, the runner cannot get a new one: an error when that happens inside ' +
    'min-validity, a notice when only the API server (not the runner) talks to the issuer.',
  remediation:
    'Make the issuer reachable from the runner (proxy, NO_PROXY, firewall, DNS), give the kubeconfig ' +
    'the issuer’s CA (`idp-certificate-authority-data`, or kubelogin’s `--certificate-authority`), ' +
    'or correct `idp-issuer-url` / `--oidc-issuer-url`.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const probe = t.live?.oidc;
      const oidc = t.oidc;
      if (!probe || probe.reachable || !oidc) continue;
      const why = probe.failure
        ? probe.failure.detail
        : `it answered HTTP ${probe.status ?? '?'} without a discovery document`;
      const token = oidc.idToken ?? t.exec?.credential?.token;
      const verdict = token
        ? judgeExpiry({ notBefore: token.notBefore, notAfter: token.expiresAt }, now, settings)
        : undefined;
      const refreshes =
        oidc.from === 'exec-args' || (oidc.from === 'auth-provider' && oidc.refreshToken);
      const soon = verdict?.state === 'expired' || verdict?.severity === 'error';
      const severity: Severity =
        oidc.from === 'token' ? 'notice' : refreshes && soon ? 'error' : 'warning';
      const consequence =
        oidc.from === 'token'
          ? 'The runner does not refresh this token itself; the API server must reach the issuer to validate it.'
          : `The ID token ${verdict?.phrase ?? 'has no known expiry'}; ${refreshes ? 'renewing it needs the issuer' : 'a new one needs the issuer'}, so ${soon ? 'this run cannot get a valid token' : 'the next renewal will fail from this runner'}.`;
      out.push({
        message: `Context "${t.contextName}": the OIDC issuer ${oidc.issuer} cannot be reached from this runner (${probe.discoveryUrl}: ${why}). ${consequence}`,
        severity,
        context: t.contextName,
        evidence: {
          issuer: oidc.issuer,
          from: oidc.from,
          discoveryUrl: probe.discoveryUrl,
          status: probe.status ?? null,
          ...(probe.failure?.kind === 'unreachable' ? { reason: probe.failure.reason } : {}),
          ...(probe.failure?.kind === 'tls' ? { tls: probe.failure.problem } : {}),
        },
      });
    }
    return out;
  },
});
