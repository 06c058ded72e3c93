/**
 * The binding command rbacFix prints, pasted into `sh -c` with the real kubectl
 * (`--dry-run=client`: no cluster, no discovery), names exactly the subject the server saw, whatever
 * the shell would otherwise do with its characters. (`kubectl create role` needs discovery to
 * resolve the resource: the e2e suites run it against the real apiserver.)
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { rbacFix } from '../../src/model/cluster.js';
import type { AccessAttributes } from '../../src/model/live.js';

type Rbac = { kind: string; subjects?: { kind: string; name: string; namespace?: string }[] };

/** The printed binding command, run as pasted, with a client-side dry run appended. */
function binding(fix: string): Rbac {
  const found = [...fix.matchAll(/`(kubectl create (?:cluster)?rolebinding [^`]+)`/g)];
  expect(found).toHaveLength(1);
  return found.map((m) => {
    const r = spawnSync('sh', ['-c', `${m[1]} --dry-run=client -o json`], {
      env: { PATH: process.env.PATH, KUBECONFIG: '/dev/null', HOME: '/nonexistent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    return JSON.parse(r.stdout) as Rbac;
  })[0]!;
}

const need: AccessAttributes = {
  verb: 'get',
  group: 'apps',
  resource: 'deployments',
  name: 'web',
  namespace: 'prod',
};

describe('rbacFix, run with the real kubectl', () => {
  it.each([
    'ci-deployer',
    'arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions',
    'John Doe',
    "o'brien@example.com",
    'a $HOME; echo split & "b"',
    'ünïcode',
  ])('binds the user %j exactly', (username) => {
    const b = binding(rbacFix(need, username));
    expect(b.kind).toBe('RoleBinding');
    expect(b.subjects).toEqual([
      { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: username },
    ]);
  });

  it('binds a service account, and a group given as the better subject', () => {
    const sa = binding(rbacFix(need, 'system:serviceaccount:ci:deployer'));
    expect(sa.subjects).toEqual([{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }]);
    const better = { subject: "'--group=team a'", note: 'n' };
    const group = binding(rbacFix({ verb: 'list', resource: 'nodes' }, 'x', better));
    expect(group.kind).toBe('ClusterRoleBinding');
    expect(group.subjects).toEqual([
      { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'team a' },
    ]);
  });
});
