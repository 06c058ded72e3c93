import { defineCheck } from '../../model/check.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'exec/credential-expired',
  title: 'Exec plugin returned an expired credential',
  severity: 'error',
  description:
    'client-go caches an exec credential until its `expirationTimestamp` and runs the plugin ' +
    'again after that, so a short lifetime is normal (EKS tokens: 14 minutes) and is not reported: ' +
    'the report lists it as renewed by the plugin, and what can really run out is the session the ' +
    'plugin signs with (see aws/session-expiring). A credential that is already expired when the ' +
    'plugin returns it is a fault: it comes from a stale cache or a wrong clock, and the API server ' +
    'rejects it with 401 Unauthorized.',
  remediation:
    "Clear the plugin's cache and check the runner clock (`date -u`). aws: remove " +
    '`~/.aws/cli/cache` and `~/.aws/sso/cache` and re-run `aws-actions/configure-aws-credentials`; ' +
    'int128 kubelogin: `rm -rf ~/.kube/cache/oidc-login`; Azure kubelogin: `kubelogin remove-tokens`; ' +
    'GKE: `gcloud auth print-access-token` to refresh.',
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      const expiresAt = x?.credential?.expirationTimestamp;
      if (x?.outcome !== 'ok' || !expiresAt) continue;
      const verdict = judgeExpiry({ notAfter: expiresAt }, now, settings);
      if (verdict.state !== 'expired') continue;
      const user = t.user?.name ?? '?';
      out.push({
        message:
          `The exec plugin \`${x.command}\` of user "${user}" returned a credential that ` +
          `${verdict.phrase}; the API server will reject it.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command,
          expirationTimestamp: expiresAt,
          secondsLeft: verdict.secondsLeft ?? null,
          tokenFingerprint: x.credential?.token?.fingerprint ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
