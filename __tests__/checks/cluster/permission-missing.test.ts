import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/permission-missing.js';
import { facts } from '../../helpers/facts.js';
import { access, live, liveTarget, user } from '../../helpers/live-facts.js';
import { ROLE_SESSION } from '../../helpers/aws-facts.js';
import { DEPLOY_ROLE, eksTarget } from '../../helpers/eks-facts.js';

describe('cluster/permission-missing', () => {
  it('reports each denied line with the identity, the resolved check and an RBAC fix', () => {
    const l = live({
      access: [
        access('create deployments.apps -n prod', {
          attributes: { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'prod' },
          allowed: false,
        }),
        access('get pods -n prod'),
      ],
    });
    const [d, ...rest] = check.run(facts({ targets: [liveTarget(l)] }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "prod": "ci-deployer" (groups deployers, system:authenticated) may not create deployments.apps in namespace "prod" (require "create deployments.apps -n prod"). No authorizer gave a reason (no rule matched).',
    );
    expect(d?.remediation).toContain(
      '`kubectl create role kube-preflight-create-deployments --verb=create --resource=deployments.apps -n prod`',
    );
    expect(d?.remediation).toContain('--user=ci-deployer -n prod');
    expect(d?.evidence).toMatchObject({
      verb: 'create',
      resource: 'deployments',
      group: 'apps',
      namespace: 'prod',
      username: 'ci-deployer',
    });
  });

  it("quotes the authorizer's reason, binds service accounts, and flags unknown types", () => {
    const l = live({
      whoami: {
        ok: true,
        apiVersion: 'v1',
        user: user({ username: 'system:serviceaccount:ci:deployer', groups: [] }),
      },
      access: [
        access('get widgets -n prod', {
          attributes: { verb: 'get', resource: 'widgets', namespace: 'prod' },
          allowed: false,
          denied: true,
          reason: 'denied by policy',
          unknownResource: true,
        }),
      ],
    });
    const [d] = check.run(facts({ targets: [liveTarget(l)] }));
    expect(d?.message).toContain('The server does not serve this resource type');
    expect(d?.message).toContain('The authorizer said: denied by policy.');
    expect(d?.remediation).toContain('--serviceaccount=ci:deployer');
  });

  it('does not call an unanswered review a denial', () => {
    const l = live({
      access: [
        access('get pods', { allowed: undefined, error: { code: 0, message: 'no answer' } }),
      ],
    });
    expect(check.run(facts({ targets: [liveTarget(l)] }))).toEqual([]);
  });

  it('on EKS, a per-session username gets a lasting subject, or the way to one', () => {
    const denied = access('create deployments.apps -n prod', {
      attributes: { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'prod' },
      allowed: false,
    });
    const seen = (groups: string[]) =>
      live({
        whoami: { ok: true, apiVersion: 'v1', user: user({ username: ROLE_SESSION, groups }) },
        access: [denied],
      });
    const [grouped] = check.run(
      facts({ targets: [eksTarget({ live: seen(['deployers', 'system:authenticated']) })] }),
    );
    expect(grouped?.remediation).toContain('--group=deployers -n prod`');
    expect(grouped?.remediation).not.toContain('--user=');
    const [bare] = check.run(
      facts({ targets: [eksTarget({ live: seen(['system:authenticated']) })] }),
    );
    expect(bare?.remediation).toContain(`--user=${ROLE_SESSION} -n prod\``);
    expect(bare?.remediation).toContain(
      `aws eks update-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE} --kubernetes-groups deployers`,
    );
  });
});
