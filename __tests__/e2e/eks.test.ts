/**
 * The bundled gate on EKS contexts made of real parts: the real kube-apiserver authenticating
 * through the test aws-iam-authenticator, moto + the EKS emulator, the real `aws eks get-token`.
 * Each scenario asserts the finding ids, the top-ranked cause, the exit code, and that no key,
 * session token or EKS token appears in anything written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { eksToken } from '../../src/gather/aws/eks-token.js';
import { runAws } from '../helpers/aws-cli.js';
import { makeCA } from '../helpers/pki.js';
import type { Session } from '../helpers/moto.js';
import { startEksWorld, type EksWorld, REGION } from './eks-world.js';
import { expectNoLeak, expectReadOnly, gate, type GateRun } from './gate.js';

let world: EksWorld;
beforeAll(async () => {
  world = await startEksWorld();
}, 120_000);
afterAll(async () => world?.stop(), 30_000);
beforeEach(async () => world.reset(), 30_000);

const SSO_ROLE = 'AWSReservedSSO_Deploy_0123456789abcdef';
const SSO_PATH = '/aws-reserved/sso.amazonaws.com/eu-west-1/';
const secretsOf = (s: Session) => [s.secretAccessKey, s.sessionToken];
const env = (s: Session) => world.moto.env(s);

/** The commands printed in the code spans of `text` that start with one of `tools`, as words. */
const commandsIn = (text: string | undefined, ...tools: string[]): string[][] =>
  [...(text ?? '').matchAll(/`([^`]+)`/g)]
    .map((m) => m[1]!.split(' '))
    .filter((words) => tools.includes(words[0]!));

/**
 * aws-auth maps `arn` for the session's role; the gate must see 401, not mapped. Then the aws-auth
 * entry the fix prints (its group placeholder filled) replaces it: the next gate is let in.
 * Returns the fix.
 */
async function mappedWrongly(s: Session, arn: string): Promise<string | undefined> {
  await world.setAwsAuth(`- rolearn: ${arn}\n  username: deployer\n  groups: [deployers]\n`);
  const run = await gate(world.kubeconfig(), {}, env(s));
  expect(run.ids).toEqual(
    expect.arrayContaining(['cluster/unauthorized', 'eks/principal-not-mapped']),
  );
  expect(run.topCause).toBe('eks-principal-not-mapped');
  expect(world.log.join('\n')).toContain('error="identity is not mapped"');
  expect(run.code).toBe(1);
  expectNoLeak(run, secretsOf(s));
  const fix = run.report?.findings.find((x) => x.id === 'eks/principal-not-mapped')?.remediation;
  const entry = [...(fix ?? '').matchAll(/`(- rolearn: [^`]+| {2}(?:username|groups): [^`]+)`/g)];
  expect(entry).toHaveLength(3);
  await world.setAwsAuth(
    entry.map((m) => m[1]!.replace('<a group your RBAC binds>', 'deployers')).join('\n') + '\n',
  );
  const again = await gate(world.kubeconfig(), {}, env(s));
  expect(again.ids).not.toContain('cluster/unauthorized');
  expect(again.ids).not.toContain('eks/principal-not-mapped');
  return fix;
}

describe('EKS: why AWS says yes and the cluster says 401', () => {
  it('role mapped nowhere: the authenticator log names the cause first', async () => {
    await world.reset({ authenticatorLogs: true });
    const s = await world.session('deploy');
    // An earlier deploy attempt left its denial in the authenticator log.
    const token = eksToken({
      clusterId: 'prod',
      region: REGION,
      credentials: s,
      now: new Date(),
      host: world.moto.front.host,
    });
    expect((await world.cluster.review({ token: token.token })).status).toBe(401);
    await world.shipLogs();
    const run = await gate(world.kubeconfig(), {}, env(s));
    expect(run.ids).toEqual(
      expect.arrayContaining(['cluster/unauthorized', 'eks/principal-not-mapped']),
    );
    expect(run.topCause).toBe('eks-authenticator-denied');
    expect(run.causes).toContain('eks-principal-not-mapped');
    const f = run.report?.findings.find((x) => x.id === 'eks/principal-not-mapped');
    expect(f?.remediation).toContain(
      'aws eks create-access-entry --cluster-name prod --region eu-west-1 --principal-arn arn:aws:iam::123456789012:role/deploy',
    );
    expect(run.code).toBe(1);
    expectNoLeak(run, secretsOf(s));
    // The fix's commands, run with the real aws CLI, map the role: the next gate is let in.
    const printed = commandsIn(f?.remediation, 'aws')
      .filter((c) => c[1] === 'eks')
      .map((c) => c.slice(1));
    expect(printed.map((c) => c[1])).toEqual(['create-access-entry', 'associate-access-policy']);
    for (const c of printed) await world.moto.aws(c);
    const again = await gate(world.kubeconfig(), {}, env(s));
    expect(again.ids).not.toContain('cluster/unauthorized');
    expect(again.ids).not.toContain('eks/principal-not-mapped');
    expect(again.code).toBe(0);
  });

  it('role mapped in aws-auth with its path: 401, the fix writes the ARN without the path', async () => {
    const s = await world.session('deploy', '/ci/');
    const fix = await mappedWrongly(s, s.roleArn);
    expect(fix).toContain('- rolearn: arn:aws:iam::123456789012:role/deploy`');
  });

  it('access entry with the role path and a group RBAC binds: admitted, exit 0', async () => {
    const s = await world.session('deploy', '/ci/');
    world.moto.front.putAccessEntry('prod', {
      principalArn: s.roleArn,
      kubernetesGroups: ['deployers'],
    });
    await world.cluster.grant({
      group: 'deployers',
      namespace: 'default',
      rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] }],
    });
    const run = await gate(
      world.kubeconfig(),
      { require: 'create deployments.apps -n default' },
      env(s),
    );
    // One notice: aws-auth is not readable by the deployers group. The 14-minute token is renewed.
    expect(run.ids).toEqual(['eks/aws-auth-unreadable']);
    expect(run.summary).toMatch(/\| 1\dm( \d+s)? \(renewed by the exec plugin\) \|/);
    expect(run.report?.findings.every((f) => f.severity === 'notice')).toBe(true);
    expect(run.outputs.identity).toBe(
      'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
    );
    expect(run.outputs['eks-auth-mode']).toBe('API_AND_CONFIG_MAP');
    expect(run.code).toBe(0);
    // The notice's grant, run with the real kubectl, lets the group read aws-auth (absent here).
    const fix = run.report?.findings.find((x) => x.id === 'eks/aws-auth-unreadable')?.remediation;
    const grant = commandsIn(fix, 'kubectl').map((c) => c.slice(1));
    expect(grant[1]).toContain('--group=deployers');
    const admin = world.cluster.kubeconfig(world.cluster.admin);
    try {
      for (const c of grant) expect((await world.cluster.kubectl(admin, ...c)).status).toBe(0);
      const again = await gate(world.kubeconfig(), {}, env(s));
      expect(again.ids).toEqual([]);
    } finally {
      await world.cluster.kubectl(
        admin,
        'delete',
        'role,rolebinding',
        grant[0]![2]!,
        '-n',
        'kube-system',
      );
    }
  });

  it('access entry with no policy and no groups: authenticated, every permission denied (403)', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', { principalArn: s.roleArn });
    const run = await gate(
      world.kubeconfig(),
      { require: 'create deployments.apps -n default' },
      env(s),
    );
    expect(run.ids).toEqual(
      expect.arrayContaining(['cluster/permission-missing', 'eks/access-entry-no-permissions']),
    );
    const f = run.report?.findings.find((x) => x.id === 'eks/access-entry-no-permissions');
    expect(f?.severity).toBe('error');
    expect(run.topCause).toBe('eks-access-entry-empty');
    expect(run.code).toBe(1);
    expectNoLeak(run, secretsOf(s));
  });

  it('a denied permission: the fix binds the mapped group, and the real kubectl proves fix and settle', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', {
      principalArn: s.roleArn,
      kubernetesGroups: ['deployers'],
    });
    const need = 'create cronjobs.batch -n default';
    const run = await gate(world.kubeconfig(), { require: need }, env(s));
    expect(run.ids).toContain('cluster/permission-missing');
    const fix = run.report?.findings.find((x) => x.id === 'cluster/permission-missing');
    expect(fix?.remediation).toContain('ends in the role session name "GitHubActions"');
    const cause = (
      run.report as { contexts?: { diagnosis?: { causes: { id: string; settle: string }[] } }[] }
    ).contexts?.[0]?.diagnosis?.causes.find((c) => c.id === 'rbac-missing');
    const kubectlArgs = (text: string | undefined) =>
      commandsIn(text, 'kubectl').map((c) => c.slice(1));
    const [settle] = kubectlArgs(cause?.settle);
    expect(settle).toEqual(expect.arrayContaining(['--as-group=deployers']));
    const admin = world.cluster.kubeconfig(world.cluster.admin);
    const asked = async () => (await world.cluster.kubectl(admin, ...settle!)).stdout.trim();
    expect(await asked()).toBe('no');
    const grant = kubectlArgs(fix?.remediation);
    expect(grant.map((c) => c.join(' '))).toEqual([
      'create role kube-preflight-create-cronjobs --verb=create --resource=cronjobs.batch -n default',
      'create rolebinding kube-preflight-create-cronjobs --role=kube-preflight-create-cronjobs --group=deployers -n default',
    ]);
    try {
      for (const c of grant) expect((await world.cluster.kubectl(admin, ...c)).status).toBe(0);
      expect(await asked()).toBe('yes');
      const again = await gate(world.kubeconfig(), { require: need }, env(s));
      expect(again.ids).not.toContain('cluster/permission-missing');
    } finally {
      await world.cluster.kubectl(
        admin,
        'delete',
        'role,rolebinding',
        'kube-preflight-create-cronjobs',
        '-n',
        'default',
      );
    }
    expectNoLeak(run, secretsOf(s));
  });

  it('no group yet: the printed aws and kubectl commands, run for real as the fix says, admit the deploy', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', { principalArn: s.roleArn });
    const need = 'create cronjobs.batch -n default';
    const run = await gate(world.kubeconfig(), { require: need }, env(s));
    const fix = run.report?.findings.find((x) => x.id === 'cluster/permission-missing');
    const printed = commandsIn(fix?.remediation, 'aws', 'kubectl');
    const [role, binding, update, associate] = printed;
    expect(printed.map((c) => c.slice(0, 3).join(' '))).toEqual([
      'kubectl create role',
      'kubectl create rolebinding',
      'aws eks update-access-entry',
      'aws eks associate-access-policy',
    ]);
    expect(binding).toContain('--user=arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions');
    const group = /bind `--group=([^`]+)` in place of `--user`/.exec(fix?.remediation ?? '')?.[1];
    expect(group).toBe('deployers');
    await world.moto.aws(update!.slice(1));
    await world.moto.aws(associate!.slice(1));
    const entry = world.moto.front.mapping('prod').entries[0];
    expect(entry?.kubernetesGroups).toEqual(['deployers']);
    const admin = world.cluster.kubeconfig(world.cluster.admin);
    const bindGroup = binding!.map((a) => (a.startsWith('--user=') ? `--group=${group}` : a));
    try {
      for (const c of [role!, bindGroup])
        expect((await world.cluster.kubectl(admin, ...c.slice(1))).status).toBe(0);
      const again = await gate(world.kubeconfig(), { require: need }, env(s));
      expect(again.ids).not.toContain('cluster/permission-missing');
      expect(again.code).toBe(0);
    } finally {
      await world.cluster.kubectl(admin, 'delete', 'role,rolebinding', role![3]!, '-n', 'default');
    }
    expectNoLeak(run, secretsOf(s));
  });

  it('role only in aws-auth on an API-mode cluster: the recent mode change is the evidence', async () => {
    const s = await world.session('deploy');
    await world.setAwsAuth(
      `- rolearn: ${s.roleArn}\n  username: deployer\n  groups: [deployers]\n`,
    );
    world.moto.front.setCluster('prod', { accessConfig: { authenticationMode: 'API' } });
    world.moto.front.addUpdate('prod', {
      type: 'AccessConfigUpdate',
      createdAt: new Date(Date.now() - 20 * 60_000),
      params: [{ type: 'AuthenticationMode', value: 'API' }],
    });
    const run = await gate(world.kubeconfig(), {}, env(s));
    expect(run.ids).toEqual(
      expect.arrayContaining(['cluster/unauthorized', 'eks/principal-not-mapped']),
    );
    expect(run.topCause).toBe('eks-principal-not-mapped');
    expect(JSON.stringify(run.report)).toMatch(
      /authentication mode changed to API 20m( \d+s)? ago/,
    );
    expect(run.outputs['eks-auth-mode']).toBe('API');
    expect(run.code).toBe(1);
  });

  it('token made for another cluster: STS proves it', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', { principalArn: s.roleArn, kubernetesGroups: ['x'] });
    const run = await gate(world.kubeconfig({ tokenCluster: 'staging' }), {}, env(s));
    expect(run.ids).toEqual(
      expect.arrayContaining(['cluster/unauthorized', 'eks/token-cluster-mismatch']),
    );
    expect(run.topCause).toBe('eks-token-other-cluster');
    expect(run.code).toBe(1);
    expectNoLeak(run, secretsOf(s));
  });

  it('expired token (a static one, signed 20 minutes ago)', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', { principalArn: s.roleArn, kubernetesGroups: ['x'] });
    const old = eksToken({
      clusterId: 'prod',
      region: REGION,
      credentials: s,
      now: new Date(Date.now() - 20 * 60_000),
      host: world.moto.front.host,
    });
    const run = await gate(world.kubeconfig({ token: old.token }), {}, env(s));
    expect(run.ids).toEqual(expect.arrayContaining(['cluster/unauthorized']));
    // The token's own expiry (offline) and STS's verdict on it (replayed) agree.
    expect(run.topCause).toBe('credential-expired');
    expect(run.causes).toContain('eks-token-expired');
    expect(run.code).toBe(1);
    expectNoLeak(run, [...secretsOf(s), old.token, old.url]);
  });

  it("wrong account: the runner's role is in another account than the cluster", async () => {
    const other = await world.moto.createRole('deploy');
    const s = await world.moto.assumeRole(
      other.arn.replace('123456789012', '210987654321'),
      'GitHubActions',
    );
    const run = await gate(world.kubeconfig(), {}, env(s));
    expect(run.ids).toEqual(expect.arrayContaining(['eks/cluster-not-found']));
    expect(run.topCause).toBe('eks-other-account');
    expect(run.code).toBe(1);
    expectNoLeak(run, secretsOf(s));
  });

  it('stale CA after the cluster was re-created', async () => {
    const s = await world.session('deploy');
    const run = await gate(
      world.kubeconfig({ caPem: makeCA({ cn: 'kubernetes' }).certPem }),
      {},
      env(s),
    );
    expect(run.ids).toEqual(expect.arrayContaining(['cluster/tls-untrusted', 'eks/ca-mismatch']));
    expect(run.topCause).toBe('stale-ca');
    expect(run.code).toBe(1);
    expectNoLeak(run, secretsOf(s));
    // The printed fix, run with the real aws CLI on a copy of that kubeconfig, fetches the CA.
    const fix = run.report?.findings.find((x) => x.id === 'eks/ca-mismatch')?.remediation;
    const update = commandsIn(fix, 'aws').find((c) => c[2] === 'update-kubeconfig');
    expect(update?.join(' ')).toBe('aws eks update-kubeconfig --name prod --region eu-west-1');
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-eks-fix-'));
    try {
      const file = path.join(dir, 'kubeconfig');
      writeFileSync(file, world.kubeconfig({ caPem: makeCA({ cn: 'kubernetes' }).certPem }));
      await runAws([...update!.slice(1), '--kubeconfig', file], env(s));
      // TLS now verifies; map the role too, and nothing is left.
      world.moto.front.putAccessEntry('prod', {
        principalArn: s.roleArn,
        kubernetesGroups: ['deployers'],
      });
      const again = await gate(readFileSync(file, 'utf8'), {}, env(s));
      expect(again.ids).not.toContain('eks/ca-mismatch');
      expect(again.ids).not.toContain('cluster/tls-untrusted');
      expect(again.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SSO role mapped in aws-auth with its aws-reserved path: 401, the fix drops the path', async () => {
    const s = await world.session(SSO_ROLE, SSO_PATH);
    const fix = await mappedWrongly(s, s.roleArn);
    expect(fix).toContain(`- rolearn: arn:aws:iam::123456789012:role/${SSO_ROLE}\``);
    expect(fix).toContain('IAM Identity Center');
  });

  it('assumed-role (session) ARN mapped in aws-auth: 401, the fix names the role', async () => {
    const s = await world.session('deploy');
    const fix = await mappedWrongly(s, s.arn);
    expect(fix).toContain('- rolearn: arn:aws:iam::123456789012:role/deploy`');
    expect(fix).toContain('not the session ARN');
  });

  it('an identity that reads aws-auth sees its mistakes: path, SSO path, session ARN', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', {
      principalArn: s.roleArn,
      kubernetesGroups: ['auth-readers'],
    });
    await world.cluster.grant({
      group: 'auth-readers',
      namespace: 'kube-system',
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }],
    });
    const a = `arn:aws:iam::123456789012:role`;
    await world.setAwsAuth(
      [
        `- rolearn: ${a}/team/ops\n  username: ops\n  groups: [ops]`,
        `- rolearn: ${a}${SSO_PATH}${SSO_ROLE}\n  username: sso\n  groups: [ops]`,
        `- rolearn: arn:aws:sts::123456789012:assumed-role/ci/run-1\n  username: ci\n  groups: [ops]`,
      ].join('\n') + '\n',
    );
    const run = await gate(world.kubeconfig(), {}, env(s));
    expect(run.ids).toEqual(
      expect.arrayContaining([
        'eks/aws-auth-role-path',
        'eks/aws-auth-sso-path',
        'eks/aws-auth-sts-arn',
      ]),
    );
    expect(run.ids).not.toContain('eks/aws-auth-unreadable');
    const sso = run.report?.findings.find((x) => x.id === 'eks/aws-auth-sso-path');
    expect(JSON.stringify(sso)).toContain(`${a}/${SSO_ROLE}`);
    expect(run.report?.result).toBe('warn');
    expectNoLeak(run, secretsOf(s));
  });

  it('expired AWS session: STS refuses the caller and the token the cluster got', async () => {
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', { principalArn: s.roleArn, kubernetesGroups: ['x'] });
    world.moto.front.expire(s.accessKeyId);
    const run = await gate(world.kubeconfig(), {}, env(s));
    expect(run.ids).toEqual(
      expect.arrayContaining(['aws/credentials-expired', 'cluster/unauthorized']),
    );
    expect(run.ids).not.toContain('eks/validator-permission-missing');
    expect(run.ids).not.toContain('eks/cluster-not-found');
    expect(run.topCause).toBe('aws-session-expired');
    expect(run.causes).toContain('eks-token-expired');
    expect(world.log.join('\n')).toContain('ExpiredToken');
    expect(run.code).toBe(1);
    expectNoLeak(run, secretsOf(s));
  });

  describe('the token signed in-process while `aws eks get-token` runs', () => {
    /** deploy and other, both admitted; the SelfSubjectReviews each run sent, by whom. */
    async function twoRoles() {
      const [a, b] = [await world.session('deploy'), await world.session('other')];
      for (const s of [a, b])
        world.moto.front.putAccessEntry('prod', {
          principalArn: s.roleArn,
          kubernetesGroups: ['deployers'],
        });
      return { a, b };
    }
    const reviewers = async (run: () => Promise<GateRun>) => {
      const before = world.cluster.auditEvents().length;
      const result = await run();
      const users = world.cluster
        .auditEvents()
        .slice(before)
        .filter((e) => e.objectRef?.resource === 'selfsubjectreviews' && e.verb === 'create')
        .filter((e) => e.stage === 'ResponseComplete')
        .map((e) => e.user.username ?? '');
      return { run: result, users };
    };

    it('the plugin printed the same token: its checks stand, asked once', async () => {
      const { a } = await twoRoles();
      const { run, users } = await reviewers(() => gate(world.kubeconfig(), {}, env(a)));
      expect(run.code).toBe(0);
      expect(run.outputs.identity).toBe(a.arn);
      expect(users).toEqual([expect.stringContaining(':assumed-role/deploy/')]);
      expectNoLeak(run, secretsOf(a));
    });

    it('the plugin used other credentials: what the guess saw is dropped, its own token is checked', async () => {
      const { a, b } = await twoRoles();
      const dir = mkdtempSync(path.join(tmpdir(), 'kp-aws-wrapper-'));
      try {
        // An `aws` that swaps in another session, as a wrapper or a credential_process might.
        const aws = path.join(dir, 'aws');
        const swap = `AWS_ACCESS_KEY_ID=${b.accessKeyId} AWS_SECRET_ACCESS_KEY=${b.secretAccessKey} AWS_SESSION_TOKEN=${b.sessionToken}`;
        writeFileSync(aws, `#!/bin/sh\n${swap} exec aws "$@"\n`, { mode: 0o700 });
        const { run, users } = await reviewers(() =>
          gate(world.kubeconfig({ command: aws }), {}, env(a)),
        );
        expect(run.code).toBe(0);
        expect(run.outputs.identity).toBe(b.arn);
        expect(run.outputs['aws-caller-arn']).toBe(a.arn);
        expect(run.ids).toContain('eks/exec-identity-differs');
        // Both asked: the guess (deploy) while the plugin ran, then the plugin's token (other).
        expect(users.sort()).toEqual([
          expect.stringContaining(':assumed-role/deploy/'),
          expect.stringContaining(':assumed-role/other/'),
        ]);
        expectNoLeak(run, secretsOf(a));
        expectNoLeak(run, secretsOf(b), false); // never read by the gate: only the plugin knew them
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('made nothing but reads and SelfSubject*Review creates', () => {
    expectReadOnly(world.cluster, 9);
  });
});
