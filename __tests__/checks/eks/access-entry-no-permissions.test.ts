import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/access-entry-no-permissions.js';
import type { EksApiFacts } from '../../../src/model/aws/eks-facts.js';
import type { LiveFacts } from '../../../src/model/live.js';
import { facts } from '../../helpers/facts.js';
import { access, live } from '../../helpers/live-facts.js';
import {
  accessEntry,
  denied,
  DEPLOY_ROLE,
  eksTarget,
  ok,
  policy,
} from '../../helpers/eks-facts.js';

const BARE: Partial<EksApiFacts> = { accessEntry: ok(accessEntry()), accessPolicies: ok([]) };
const run = (api: Partial<EksApiFacts>, l?: LiveFacts) =>
  check.run(facts({ targets: [eksTarget({ api, ...(l ? { live: l } : {}) })] }));
const FORBIDDEN = { code: 403, reason: 'Forbidden', message: 'forbidden' };

describe('eks/access-entry-no-permissions', () => {
  it('warns about an entry with no policy and no groups, with the commands that grant it something', () => {
    const [d, ...rest] = run(BARE);
    expect(rest).toEqual([]);
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      `Context "prod": the access entry of ${DEPLOY_ROLE} on EKS cluster "prod" has no access policy and no Kubernetes groups (username arn:aws:sts::111122223333:assumed-role/deploy/{{SessionName}}): it can authenticate but is allowed nothing.`,
    );
    expect(d?.remediation).toBe(
      `\`aws eks associate-access-policy --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope type=namespace,namespaces=<ns>\` (or \`type=cluster\`), ` +
        `or \`aws eks update-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE} --kubernetes-groups <group bound by RBAC>\`.`,
    );
    expect(d?.evidence).toEqual({
      principal: DEPLOY_ROLE,
      username: 'arn:aws:sts::111122223333:assumed-role/deploy/{{SessionName}}',
      policies: 0,
      groups: 0,
      liveDenied: false,
    });
  });

  it('is an error when the live access checks were denied', () => {
    const l = live({ access: [access('create deployments', { allowed: false, denied: true })] });
    const [d] = run(BARE, l);
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(/is allowed nothing\. The live checks were denied\.$/);
    expect(d?.evidence).toMatchObject({ liveDenied: true });
  });

  it('is an error when even SelfSubjectReview was forbidden', () => {
    const l = live({ whoami: { ok: false, why: 'forbidden', status: FORBIDDEN } });
    expect(run(BARE, l)[0]?.severity).toBe('error');
  });

  it('uses the entry’s own ARN (with its IAM path) in the commands', () => {
    const pathed = 'arn:aws:iam::111122223333:role/ci/deploy';
    const [d] = run({ ...BARE, accessEntry: ok(accessEntry({ principalArn: pathed })) });
    expect(d?.message).toContain(`the access entry of ${pathed} on`);
    expect(d?.remediation).toContain(`--principal-arn ${pathed} --policy-arn`);
  });

  it('is silent when the entry has a policy or Kubernetes groups', () => {
    expect(run({ ...BARE, accessPolicies: ok([policy('AmazonEKSViewPolicy')]) })).toEqual([]);
    const grouped = ok(accessEntry({ kubernetesGroups: ['deployers'] }));
    expect(run({ accessEntry: grouped, accessPolicies: ok([]) })).toEqual([]);
  });

  it('is silent for node entries, which get their permissions another way', () => {
    const node = ok(accessEntry({ type: 'EC2_LINUX' }));
    expect(run({ accessEntry: node, accessPolicies: ok([]) })).toEqual([]);
  });

  it('is silent when the policies could not be listed, or there is no entry', () => {
    expect(run({ ...BARE, accessPolicies: denied('eks:ListAssociatedAccessPolicies') })).toEqual(
      [],
    );
    expect(run({ accessEntry: ok(null), accessPolicies: undefined })).toEqual([]);
  });
});
