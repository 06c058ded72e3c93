/**
 * The access-entry writes the gate's fixes print (`aws eks create-access-entry`,
 * `update-access-entry --kubernetes-groups`, `associate-access-policy`), answered as EKS does, so
 * a test can run those commands with the real aws CLI. The gate itself never sends them.
 */
import type { Answer, EksRoute } from './aws-wire.js';
import type { AccessEntry, AccessScope, EksEmulator } from './eks-emulator.js';

export const WRITES = new Set(['CreateAccessEntry', 'UpdateAccessEntry', 'AssociateAccessPolicy']);

const IN_USE = 'The specified access entry resource is already in use on this cluster.';

interface WriteBody {
  principalArn?: string;
  type?: string;
  username?: string;
  kubernetesGroups?: string[];
  tags?: Record<string, string>;
  policyArn?: string;
  accessScope?: AccessScope;
}

/** `notFound`: the emulator's 404 for an unknown entry on this cluster. */
export function answerWrite(em: EksEmulator, r: EksRoute, raw: Buffer, notFound: Answer): Answer {
  const clusterName = r.cluster ?? '';
  const body = JSON.parse(raw.toString() || '{}') as WriteBody;
  const principal = r.principalArn ?? body.principalArn ?? '';
  const entry = em.mapping(clusterName).entries.find((e) => e.principalArn === principal);
  const ok = (b: Record<string, unknown>): Answer => ({ status: 200, body: b });
  if (r.op === 'CreateAccessEntry') {
    if (entry)
      return {
        status: 409,
        code: 'ResourceInUseException',
        body: { clusterName, message: IN_USE },
      };
    return ok({
      accessEntry: em.putAccessEntry(clusterName, { ...body, principalArn: principal }),
    });
  }
  if (!entry) return notFound;
  if (r.op === 'UpdateAccessEntry') {
    // Each field given replaces the entry's; the rest stays (EKS API reference).
    const updated: AccessEntry = {
      ...entry,
      ...(body.kubernetesGroups ? { kubernetesGroups: body.kubernetesGroups } : {}),
      ...(body.username ? { username: body.username } : {}),
      modifiedAt: Date.now() / 1000,
    };
    em.replaceEntry(clusterName, updated);
    return ok({ accessEntry: updated });
  }
  const associated = em.associatePolicy(
    clusterName,
    principal,
    body.policyArn ?? '',
    body.accessScope ?? { type: 'cluster' },
  );
  return ok({ clusterName, principalArn: principal, associatedAccessPolicy: associated });
}
