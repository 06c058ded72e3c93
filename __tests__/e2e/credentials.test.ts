/** The bundled gate against a real kube-apiserver (anonymous auth on): every 401/403 path. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startCluster, webhookToken, type Cluster } from '../helpers/cluster.js';
import { makeCA, makeCert } from '../helpers/pki.js';
import { expectNoLeak, expectReadOnly, gate, skewedClock } from './gate.js';

const REQUIRE =
  'create deployments.apps -n prod\npatch services -n prod\nget configmaps/app-config -n prod';
const MIN = 60_000;
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({ anonymous: true });
  await cluster.createNamespace('prod');
  await cluster.grant({
    user: 'ci-deployer',
    namespace: 'prod',
    rules: [
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] },
      { apiGroups: [''], resources: ['services'], verbs: ['patch'] },
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['app-config'], verbs: ['get'] },
    ],
  });
  await cluster.grant({
    user: 'half-deployer',
    namespace: 'prod',
    rules: [
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] },
      { apiGroups: [''], resources: ['services'], verbs: ['patch'] },
    ],
  });
  await cluster.createServiceAccount('ci', 'deployer');
  await cluster.createServiceAccount('ci', 'gone');
}, 120_000);
afterAll(async () => cluster?.stop(), 30_000);

describe('live gate, credentials (real kube-apiserver)', () => {
  it('passes a client certificate with every required permission, and reports who it is', async () => {
    const user = cluster.clientCert('ci-deployer', ['deployers']);
    const run = await gate(cluster.kubeconfig(user), {
      require: REQUIRE,
      'expect-identity': 'ci-*',
    });
    expect(run.ids).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      identity: 'ci-deployer',
      groups: 'deployers,system:authenticated',
      'server-version': 'v1.37.2',
    });
    expect(Math.abs(Number(run.outputs['clock-skew-seconds']))).toBeLessThanOrEqual(1);
    expect(run.summary).toContain(
      '| `create deployments.apps -n prod` | create deployments.apps in namespace "prod" | ✅ yes |',
    );
    expectNoLeak(run, [user.keyPem]);
  });

  it('names the one permission missing, with the identity and an RBAC fix', async () => {
    const user = cluster.clientCert('half-deployer');
    const run = await gate(cluster.kubeconfig(user), { require: REQUIRE });
    expect(run.ids).toEqual(['cluster/permission-missing']);
    expect(run.report?.findings).toHaveLength(1);
    expect(run.report?.findings[0]?.message).toContain(
      '"half-deployer" (groups system:authenticated) may not get configmaps "app-config" in namespace "prod"',
    );
    expect(run.topCause).toBe('rbac-missing');
    expect(run.code).toBe(1);
    expectNoLeak(run, [user.keyPem]);
  });

  it('reports every line for a user with no RBAC at all', async () => {
    const run = await gate(cluster.kubeconfig(cluster.clientCert('nobody')), { require: REQUIRE });
    expect(run.report?.findings.map((f) => f.id)).toEqual(
      Array(3).fill('cluster/permission-missing'),
    );
    expect(run.code).toBe(1);
  });

  it('explains a 401 from an expired client certificate', async () => {
    const user = makeCert({
      cn: 'ci-deployer',
      issuer: cluster.ca,
      notBefore: new Date(Date.now() - 400 * 86400_000),
      notAfter: new Date(Date.now() - 2 * MIN),
    });
    const run = await gate(cluster.kubeconfig(user));
    expect(run.ids).toEqual(['cert/client-expired', 'cluster/unauthorized']);
    expect(run.topCause).toBe('credential-expired');
    expect(run.summary).toContain('### Why it failed — 401 Unauthorized');
    expect(run.code).toBe(1);
    expectNoLeak(run, [user.keyPem]);
  });

  it('explains a 401 from a client certificate of another CA', async () => {
    const other = makeCA({ cn: 'another-cluster-ca' });
    const user = makeCert({ cn: 'ci-deployer', issuer: other });
    const run = await gate(cluster.kubeconfig(user));
    expect(run.ids).toEqual(['cluster/unauthorized']);
    expect(run.topCause).toBe('client-ca-mismatch');
    expect(run.code).toBe(1);
    expectNoLeak(run, [user.keyPem]);
  });

  it.each([
    [
      'expired',
      { expiresAt: new Date(Date.now() - 60 * MIN), issuedAt: new Date(Date.now() - 120 * MIN) },
      ['cluster/unauthorized', 'token/expired'],
      'credential-expired',
    ],
    [
      'not yet valid',
      { notBefore: new Date(Date.now() + 10 * MIN) },
      ['cluster/unauthorized', 'token/not-yet-valid'],
      'credential-not-yet-valid',
    ],
  ])('explains a 401 from a service-account token that is %s', async (_, times, ids, top) => {
    const token = cluster.serviceAccountToken({ namespace: 'ci', name: 'deployer', ...times });
    const run = await gate(cluster.kubeconfig({ token }));
    expect(run.ids).toEqual(ids);
    expect(run.topCause).toBe(top);
    expect(run.code).toBe(1);
    expectNoLeak(run, [token]);
  });

  it("explains a 401 from a deleted service account's token", async () => {
    const token = cluster.serviceAccountToken({ namespace: 'ci', name: 'gone' });
    await cluster.deleteServiceAccount('ci', 'gone');
    const run = await gate(cluster.kubeconfig({ token }));
    expect(run.ids).toEqual(['cluster/unauthorized']);
    expect(run.topCause).toBe('service-account-token-rejected');
    expect(run.code).toBe(1);
    expect(run.summary).toContain(
      "kubectl get serviceaccount gone -n ci -o jsonpath='{.metadata.uid}'",
    );
    expectNoLeak(run, [token]);
  });

  it('tells anonymous access (no credentials) apart from a rejected credential', async () => {
    const run = await gate(cluster.kubeconfig(undefined), { require: 'get pods -n prod' });
    expect(run.ids).toEqual(['cluster/anonymous', 'kubeconfig/no-credentials']);
    expect(run.topCause).toBe('no-credentials');
    expect(run.outputs.identity).toBe('system:anonymous');
    expect(run.code).toBe(1);
  });

  it("finds the runner's clock 10 minutes behind, and that it explains a token the server calls expired", async () => {
    const token = cluster.serviceAccountToken({
      namespace: 'ci',
      name: 'deployer',
      issuedAt: new Date(Date.now() - 60 * MIN),
      expiresAt: new Date(Date.now() - 3 * MIN),
    });
    const run = await gate(cluster.kubeconfig({ token }), {}, skewedClock('-10m'));
    expect(Number(run.outputs['clock-skew-seconds'])).toBeGreaterThanOrEqual(598);
    expect(Number(run.outputs['clock-skew-seconds'])).toBeLessThanOrEqual(602);
    expect(run.ids).toEqual(['cluster/clock-skew', 'cluster/unauthorized', 'token/expiring']);
    expect(run.report?.findings.find((f) => f.id === 'cluster/clock-skew')?.severity).toBe('error');
    expect(run.topCause).toBe('clock-skew');
    expect(run.code).toBe(1);
    expectNoLeak(run, [token]);
  });

  it('reports the identity a webhook authenticator gives, and an unexpected one', async () => {
    const token = webhookToken({
      username: 'arn:aws:iam::111122223333:role/deploy',
      groups: ['deployers'],
      extra: {
        arn: ['arn:aws:sts::111122223333:assumed-role/deploy/ci'],
        accessKeyId: ['ASIAEXAMPLE'],
      },
    });
    const run = await gate(cluster.kubeconfig({ token }), {
      'expect-identity': 'system:serviceaccount:*',
    });
    expect(run.ids).toEqual(['cluster/identity-mismatch']);
    expect(run.topCause).toBeUndefined(); // a stated fact, nothing to diagnose
    expect(run.code).toBe(1);
    expect(run.outputs.identity).toBe('arn:aws:iam::111122223333:role/deploy');
    expect(run.summary).toContain('arn=arn:aws:sts::111122223333:assumed-role/deploy/ci');
    expect(run.reportText).not.toContain('ASIAEXAMPLE');
    expectNoLeak(run, [token]);
  });

  it('made nothing but reads and SelfSubject*Review creates (the audit log of this suite)', () => {
    expectReadOnly(cluster, 20);
  });
});
