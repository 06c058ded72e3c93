import { describe, expect, it } from '@jest/globals';
import { diagnoseTarget } from '../../src/diagnose/index.js';
import type { EksApiFacts } from '../../src/model/aws/eks-facts.js';
import type { AccessCheck } from '../../src/model/live.js';
import { facts } from '../helpers/facts.js';
import { access, live, user } from '../helpers/live-facts.js';
import { ROLE_SESSION } from '../helpers/aws-facts.js';
import { accessEntry, DEPLOY_ROLE, eksTarget, ok, policy } from '../helpers/eks-facts.js';

const deny = (line: string, namespace = 'prod'): AccessCheck => {
  const a = access(line, { allowed: false, denied: true });
  return { ...a, attributes: { ...a.attributes!, namespace } };
};
/** The 403 diagnosis of an EKS context whose access entry has these policies and groups. */
function causes(api: Partial<EksApiFacts>, denied: AccessCheck[] = [deny('create deployments')]) {
  const t = eksTarget({ api, live: live({ access: denied }) });
  const d = diagnoseTarget(t, facts({ targets: [t] }));
  expect(d?.problem).toBe('forbidden');
  return d?.causes ?? [];
}
const entry = (groups: string[] = []) => ok(accessEntry({ kubernetesGroups: groups }));
const ns = (...namespaces: string[]) => ({ type: 'namespace', namespaces });

describe('403 diagnosis on EKS: what the access entry grants', () => {
  it('an entry with no policy and no groups ranks above the RBAC guess', () => {
    const [top, next] = causes({ accessEntry: entry(), accessPolicies: ok([]) });
    expect(top).toMatchObject({ id: 'eks-access-entry-empty', score: 92 });
    expect(top?.title).toContain(`The access entry of ${DEPLOY_ROLE} has no access policy`);
    expect(top?.fix).toContain(
      `aws eks associate-access-policy --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE}`,
    );
    expect(next?.id).toBe('rbac-missing');
  });

  it('policies scoped to other namespaces: the scope is the cause, and the fix widens it', () => {
    const [top] = causes({
      accessEntry: entry(),
      accessPolicies: ok([policy('AmazonEKSEditPolicy', ns('staging', 'dev-*'))]),
    });
    expect(top).toMatchObject({ id: 'eks-policy-scope', score: 90 });
    expect(top?.title).toBe(
      'The access entry\'s policies do not reach namespace "prod": AmazonEKSEditPolicy (namespaces staging, dev-*)',
    );
    expect(top?.fix).toContain('--access-scope type=namespace,namespaces=staging,dev-*,prod`');
  });

  it('a wildcard or cluster scope reaches the namespace; a cluster-scoped need is beyond namespaces', () => {
    const wild = causes({
      accessEntry: entry(),
      accessPolicies: ok([policy('AmazonEKSEditPolicy', ns('pr*'))]),
    });
    expect(wild.map((c) => c.id)).not.toContain('eks-policy-scope');
    const clusterWide = causes(
      { accessEntry: entry(), accessPolicies: ok([policy('AmazonEKSEditPolicy', ns('prod'))]) },
      [deny('create namespaces', '')],
    );
    expect(clusterWide[0]?.id).toBe('eks-policy-scope');
    expect(clusterWide[0]?.title).toContain('namespace-scoped, but the deploy needs to');
    expect(clusterWide[0]?.fix).toContain('--access-scope type=cluster`');
  });

  it('only the View policy where the deploy writes', () => {
    const [top] = causes({
      accessEntry: entry(),
      accessPolicies: ok([policy('AmazonEKSViewPolicy')]),
    });
    expect(top).toMatchObject({ id: 'eks-policy-view-only', score: 88 });
    expect(top?.fix).toContain(
      'AmazonEKSEditPolicy --access-scope type=namespace,namespaces=prod`',
    );
    const reads = causes(
      { accessEntry: entry(), accessPolicies: ok([policy('AmazonEKSViewPolicy')]) },
      [deny('list secrets')],
    );
    expect(reads.map((c) => c.id)).not.toContain('eks-policy-view-only');
  });

  it('says nothing EKS-specific when the entry grants the need (RBAC or EKS itself denies)', () => {
    const ids = causes({ accessEntry: entry(['deployers']), accessPolicies: ok([policy()]) }).map(
      (c) => c.id,
    );
    expect(ids).toEqual(['rbac-missing']);
  });

  it('an entry with groups but no policy, or a node entry, is left to RBAC (no broken command)', () => {
    const groupsOnly = causes({ accessEntry: entry(['deployers']), accessPolicies: ok([]) });
    expect(groupsOnly.map((c) => c.id)).toEqual(['rbac-missing']);
    expect(JSON.stringify(groupsOnly)).not.toContain('undefined');
    const node = causes({
      accessEntry: ok(accessEntry({ type: 'EC2_LINUX' })),
      accessPolicies: ok([]),
    });
    expect(node.map((c) => c.id)).toEqual(['rbac-missing']);
  });

  it('the RBAC fix binds the group the entry maps to, not the session username; the settle impersonates both', () => {
    const whoami = {
      ok: true as const,
      apiVersion: 'v1' as const,
      user: user({ username: ROLE_SESSION, groups: ['deployers', 'system:authenticated'] }),
    };
    const t = eksTarget({
      api: { accessEntry: entry(['deployers']), accessPolicies: ok([policy()]) },
      live: live({ whoami, access: [deny('create deployments')] }),
    });
    const rbac = diagnoseTarget(t, facts({ targets: [t] }))?.causes.find(
      (c) => c.id === 'rbac-missing',
    );
    expect(rbac?.fix).toContain(
      '--role=kube-preflight-create-deployments --group=deployers -n prod`',
    );
    expect(rbac?.fix).not.toContain('--user=');
    expect(rbac?.fix).toContain('ends in the role session name "GitHubActions"');
    expect(rbac?.settle).toContain(`--as=${ROLE_SESSION} --as-group=deployers\``);
  });
});
