import { describe, expect, it } from '@jest/globals';
import { eksBindingSubject } from '../../../src/model/aws/rbac-subject.js';
import type { AccessAttributes } from '../../../src/model/live.js';
import { ROLE_SESSION } from '../../helpers/aws-facts.js';
import {
  accessEntry,
  awsAuthRead,
  awsError,
  DEPLOY_ROLE,
  eksCluster,
  eksTarget,
  ok,
} from '../../helpers/eks-facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

const inProd: AccessAttributes = { verb: 'delete', resource: 'secrets', namespace: 'prod' };
const clusterWide: AccessAttributes = { verb: 'list', resource: 'nodes' };
const AUTHENTICATED = ['system:authenticated'];
/** A CONFIG_MAP cluster whose aws-auth maps the deploy role to `username`. */
const configMapCluster = (username: string) =>
  eksTarget({
    api: {
      cluster: ok(eksCluster({ authenticationMode: 'CONFIG_MAP' })),
      accessEntry: awsError('InvalidRequestException'),
    },
    live: live({ awsAuth: awsAuthRead(`- rolearn: ${DEPLOY_ROLE}\n  username: ${username}\n`) }),
  });

describe('eksBindingSubject', () => {
  it('binds the group the role is mapped to, not the session username', () => {
    const t = eksTarget();
    const got = eksBindingSubject(t, ROLE_SESSION, ['deployers', ...AUTHENTICATED], inProd);
    expect(got?.subject).toBe('--group=deployers');
    expect(got?.note).toContain('ends in the role session name "GitHubActions"');
    expect(got?.note).toContain('every identity in that group gets the permission');
  });

  it("takes the access entry's groups when the server did not list any", () => {
    const t = eksTarget({ api: { accessEntry: ok(accessEntry({ kubernetesGroups: ['ci'] })) } });
    expect(eksBindingSubject(t, ROLE_SESSION, [], inProd)?.subject).toBe('--group=ci');
  });

  it('without a group, keeps --user and says how to give the access entry one, or a policy', () => {
    const t = eksTarget();
    const got = eksBindingSubject(t, ROLE_SESSION, AUTHENTICATED, inProd);
    expect(got?.subject).toBeUndefined();
    expect(got?.note).toContain(
      `\`aws eks update-access-entry --cluster-name prod --region eu-west-1 --principal-arn ${DEPLOY_ROLE} --kubernetes-groups deployers\``,
    );
    expect(got?.note).toContain('--access-scope type=namespace,namespaces=prod`');
    const wide = eksBindingSubject(t, ROLE_SESSION, AUTHENTICATED, clusterWide);
    expect(wide?.note).toContain('--access-scope type=cluster`');
  });

  it('keeps the path of the principal the access entry was made for', () => {
    const pathed = 'arn:aws:iam::111122223333:role/ci/deploy';
    const t = eksTarget({ api: { accessEntry: ok(accessEntry({ principalArn: pathed })) } });
    const got = eksBindingSubject(t, ROLE_SESSION, AUTHENTICATED, inProd);
    expect(got?.note).toContain(`--principal-arn ${pathed} --kubernetes-groups`);
  });

  it('for an aws-auth mapping, says to add groups to its mapRoles entry', () => {
    const t = configMapCluster('deploy:{{SessionName}}');
    const got = eksBindingSubject(t, 'deploy:GitHubActions', AUTHENTICATED, inProd);
    expect(got?.note).toContain(
      'comes from the aws-auth username template "deploy:{{SessionName}}"',
    );
    expect(got?.note).toContain("add `groups: [deployers]` to the role's mapRoles entry");
  });

  it('recognises a session template in an access entry’s own username', () => {
    const t = eksTarget({
      api: { accessEntry: ok(accessEntry({ username: 'ci:{{SessionName}}' })) },
    });
    const got = eksBindingSubject(t, 'ci:GitHubActions', AUTHENTICATED, inProd);
    expect(got?.note).toContain('access entry username template "ci:{{SessionName}}"');
  });

  it('says nothing for a lasting username or a context that is not EKS', () => {
    const t = configMapCluster('deployer');
    expect(eksBindingSubject(t, 'deployer', AUTHENTICATED, inProd)).toBeUndefined();
    // The access entry's default template does not render to what the server said: no claim.
    expect(eksBindingSubject(eksTarget(), 'deployer', AUTHENTICATED, inProd)).toBeUndefined();
    expect(eksBindingSubject(t, undefined, AUTHENTICATED, inProd)).toBeUndefined();
    const plain = liveTarget(live());
    expect(eksBindingSubject(plain, ROLE_SESSION, ['deployers'], inProd)).toBeUndefined();
    const skipped = eksTarget({ aws: { skipped: 'offline' } });
    expect(eksBindingSubject(skipped, ROLE_SESSION, ['deployers'], inProd)).toBeUndefined();
  });

  it('never names a system: group as the subject', () => {
    const t = eksTarget({ api: { accessEntry: ok(accessEntry({ username: undefined })) } });
    const got = eksBindingSubject(t, ROLE_SESSION, ['system:masters', ...AUTHENTICATED], inProd);
    expect(got?.subject).toBeUndefined();
  });
});
