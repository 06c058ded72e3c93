import { defineCheck } from '../../model/check.js';
import { tokenCredentials } from '../../model/credentials.js';
import type { FindingDraft } from '../../model/finding.js';
import { tokenEvidence, tokenFix, tokenLabel, tokenLocation } from '../../model/token.js';

const WHITESPACE_FIX =
  'Remove the stray characters: keep `token: <value>` on one line in YAML (a `|` block adds a line ' +
  'break), write token files with `printf %s "$TOKEN" > file` rather than `echo`, and copy tokens as ' +
  'plain text (no byte-order mark or zero-width characters).';

export default defineCheck({
  id: 'token/malformed',
  title: 'Bearer token is malformed',
  severity: 'error',
  description:
    'The token cannot work as written: a JWT that does not decode (segments, base64url, JSON, claims), ' +
    'an EKS token whose presigned STS URL aws-iam-authenticator or STS would refuse (host, parameters, ' +
    'unsigned x-k8s-aws-id, X-Amz-Expires, size), or characters that break the Authorization header ' +
    '(line breaks, spaces, non-ASCII). The server only ever says 401 Unauthorized, so this names the cause.',
  remediation:
    'Mint the token again with its own tool rather than editing it: EKS — `aws eks update-kubeconfig ' +
    '--name <cluster> --region <region>` (exec plugin); service accounts — `kubectl create token <sa> ' +
    '-n <namespace> --duration=2h`; OIDC/GKE/AKS — their exec plugins. ' +
    WHITESPACE_FIX,
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const problems = [
          ...(cred.token.malformed ? [cred.token.malformed] : []),
          ...(cred.token.eks?.problems ?? []),
        ];
        if (problems.length === 0) continue;
        const eks = cred.token.eks?.problems.length
          ? ' (aws-iam-authenticator or STS rejects it, and the client sees only 401)'
          : '';
        const characters = /whitespace|line break|control character|non-ASCII|empty/.test(
          cred.token.malformed ?? '',
        );
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} is malformed${eks}: ${problems.join('; ')}.`,
          remediation: characters ? WHITESPACE_FIX : tokenFix(cred, t),
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), problems },
          location: tokenLocation(cred),
        });
      }
    }
    return out;
  },
});
