/** Why a credential that is inside its validity window is still rejected, by credential kind. */
import { cause, type Cause } from './model.js';
import type { SentCredential } from './timeline.js';

/** Causes that hold when the credential is in its validity window and still rejected. */
export function rejectedCauses(c: SentCredential): Cause[] {
  const token = c.token;
  if (!token) return [];
  if (token.malformed) {
    return [
      cause({
        id: 'token-malformed',
        title: `The ${c.label} is malformed: ${token.malformed}`,
        score: 90,
        evidence: [`token fingerprint ${token.fingerprint}, ${token.length} bytes`],
        settle: 'See the token/malformed finding: the defect alone makes the server reject it.',
        fix: 'Store the token exactly as issued (no line breaks, spaces or quotes).',
      }),
    ];
  }
  const sa = token.serviceAccount;
  if (sa) {
    return [
      cause({
        id: 'service-account-token-rejected',
        title: `The service-account token for ${sa.namespace}/${sa.name} is in its validity window but rejected: the account${sa.secretName ? ' or its Secret' : ''} was deleted or re-created, or the token comes from another cluster`,
        score: 70,
        evidence: [
          `sub ${token.subject ?? '?'}${sa.uid ? `, service account uid ${sa.uid}` : ''}`,
          `iss ${token.issuer ?? '?'}, issued ${token.issuedAt ?? '?'}`,
          ...(sa.secretName ? [`legacy Secret ${sa.secretName}`] : []),
        ],
        settle: `With working credentials: \`kubectl get serviceaccount ${sa.name} -n ${sa.namespace} -o jsonpath='{.metadata.uid}'\` — ${sa.uid ? `a uid other than ${sa.uid} means it was re-created; ` : ''}NotFound means it was deleted. The kube-apiserver log names the exact reason.`,
        fix: `Create a new token: \`kubectl create token ${sa.name} -n ${sa.namespace} --duration=1h\`, and update the secret that holds it.`,
      }),
    ];
  }
  if (token.format === 'jwt') {
    return [
      cause({
        id: 'oidc-token-rejected',
        title: `The API server does not accept this JWT from issuer ${token.issuer ?? '(none)'} for audience ${token.audience?.join(', ') ?? '(none)'}`,
        score: 65,
        evidence: [`iss ${token.issuer ?? '?'}`, `aud ${token.audience?.join(', ') ?? '?'}`],
        settle:
          "The API server's OIDC settings (--oidc-issuer-url and --oidc-client-id, or its AuthenticationConfiguration jwt issuers): issuer, audience and username claim must match the token.",
        fix: 'Use a token from the issuer and client ID the cluster trusts, or add this issuer to the cluster’s authentication configuration.',
      }),
    ];
  }
  if (token.format === 'eks') {
    return [
      cause({
        id: 'eks-identity-not-mapped',
        title:
          'The EKS token is in its 15-minute window, so EKS does not map the IAM identity that signed it',
        score: 70,
        evidence: [
          `signed ${token.eks?.signedAt ?? '?'} in ${token.eks?.region ?? '?'}`,
          `access key ${token.eks?.accessKeyPrefix ?? '?'}… (${token.eks?.temporaryCredentials ? 'temporary' : 'long-lived'})`,
        ],
        settle:
          "The cluster's access entries (`aws eks list-access-entries`) and the aws-auth ConfigMap for the caller's ARN (`aws sts get-caller-identity`).",
        fix: 'Map the IAM principal: `aws eks create-access-entry --cluster-name <c> --principal-arn <role ARN>` and `aws eks associate-access-policy …`.',
      }),
    ];
  }
  return [
    cause({
      id: 'static-token-rejected',
      title:
        'The static token is not known to the server: revoked, rotated, expired on the server side, or for another cluster',
      score: 60,
      evidence: [`token fingerprint ${token.fingerprint}, ${token.length} bytes`],
      settle:
        "The cluster's token source: its static token file, or bootstrap tokens (`kubectl -n kube-system get secrets --field-selector type=bootstrap.kubernetes.io/token`).",
      fix: 'Issue a new token from the cluster, or use a service-account token (`kubectl create token`).',
    }),
  ];
}
