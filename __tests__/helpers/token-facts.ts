/** Builders for token facts and targets in token check tests. */
import type { TargetFacts } from '../../src/model/facts.js';
import type { KubeUser } from '../../src/model/kubeconfig.js';
import type { Source, TokenFacts } from '../../src/model/materials.js';
import { entry, target } from './facts.js';

export const KUBECONFIG = '/home/ci/.kube/config';

export function tokenFacts(partial: Partial<TokenFacts> = {}): TokenFacts {
  return { format: 'jwt', fingerprint: '0123456789abcdef', length: 900, ...partial };
}

export function eksFacts(signedAt: string, partial: Partial<TokenFacts> = {}): TokenFacts {
  const expiresAt = new Date(Date.parse(signedAt) + 15 * 60 * 1000).toISOString();
  return tokenFacts({
    format: 'eks',
    length: 1100,
    issuedAt: signedAt,
    notBefore: signedAt,
    expiresAt,
    eks: {
      host: 'sts.eu-west-1.amazonaws.com',
      region: 'eu-west-1',
      signedAt,
      accessKeyPrefix: 'ASIA',
      temporaryCredentials: true,
      signedHeaders: ['host', 'x-k8s-aws-id'],
      expiresParam: 60,
      problems: [],
    },
    ...partial,
  });
}

type Where = 'token' | 'tokenFile' | 'exec';

/** A target whose user "ci" carries `token` in the kubeconfig `token` field (or tokenFile, or exec). */
export function tokenTarget(
  token: TokenFacts,
  where: Where = 'token',
  partial: Partial<TargetFacts> = {},
): TargetFacts {
  const origin = { file: KUBECONFIG, line: 12 };
  const user = entry<KubeUser>('ci', {}, 10);
  if (where === 'exec') {
    return target({
      user,
      exec: {
        command: 'aws',
        args: ['eks', 'get-token', '--cluster-name', 'demo'],
        outcome: 'ok',
        envNames: [],
        origin,
        credential: { token },
      },
      ...partial,
    });
  }
  const source: Source =
    where === 'token'
      ? { field: 'token', kind: 'data', origin }
      : { field: 'tokenFile', kind: 'file', path: '/run/secrets/kube-token', origin };
  return target({ user, [where]: { ok: true, value: token, source }, ...partial });
}
