import { defineCheck } from '../../model/check.js';
import { tokenCredentials } from '../../model/credentials.js';
import { judgeExpiry } from '../../model/expiry.js';
import type { FindingDraft } from '../../model/finding.js';
import { formatDuration } from '../../model/duration.js';
import type { TokenFacts } from '../../model/materials.js';
import { tokenEvidence, tokenLabel, tokenLocation, tokenWindow } from '../../model/token.js';

const CLOCK_FIX =
  'Check the runner clock: compare `date -u` with a trusted source (e.g. the `Date:` header of ' +
  '`curl -sI https://sts.amazonaws.com`), and `timedatectl status` should say "System clock ' +
  'synchronized: yes". Enable time sync on self-hosted runners (`sudo timedatectl set-ntp true`, or ' +
  '`sudo systemctl enable --now chrony` and `chronyc tracking`); containers share the host clock, so fix ' +
  'the host. If the token was minted on another machine, check that machine’s clock too, then mint it again.';

function why(token: TokenFacts): string {
  if (token.format === 'eks') {
    return (
      `it is signed at ${token.notBefore}, more than 5 minutes ahead of this runner's clock, so STS ` +
      'rejects it ("Signature not yet current")'
    );
  }
  const claims = [
    token.notBefore ? `nbf ${token.notBefore}` : '',
    token.issuedAt ? `iat ${token.issuedAt}` : '',
  ].filter(Boolean);
  return `its ${claims.join(' and ')} lie in the future beyond the API server's 1-minute leeway`;
}

export default defineCheck({
  id: 'token/not-yet-valid',
  title: 'Bearer token is not valid yet',
  severity: 'error',
  description:
    'The token starts being valid in the future: a JWT `nbf`/`iat` more than a minute ahead, or an EKS ' +
    'token signed more than 5 minutes ahead (STS tolerance). Either this runner’s clock is behind or ' +
    'the clock of the machine that minted the token is ahead; the server answers 401.',
  remediation: CLOCK_FIX,
  run({ targets, now, settings }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const window = tokenWindow(cred.token);
        const verdict = judgeExpiry(window, now, settings);
        if (verdict.state !== 'not-yet-valid' || !window.notBefore) continue;
        const ahead = (Date.parse(window.notBefore) - now.getTime()) / 1000;
        out.push({
          message:
            `Context "${t.contextName}": ${tokenLabel(cred, t)} is not valid yet: ${why(cred.token)}. ` +
            `This runner's clock reads ${now.toISOString()}; the token becomes acceptable in ` +
            `${formatDuration(ahead)}. The runner clock may be behind (or the minting machine's ahead).`,
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), runnerTime: now.toISOString() },
          location: tokenLocation(cred),
        });
      }
    }
    return out;
  },
});
