/**
 * The live-cluster harness itself: a real kube-apiserver (anonymous on, and a second one with it
 * off) that kubectl and kube-preflight agree on, with every 401/403 path the scenarios need.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  decodeJwt,
  HARNESS_USER_AGENT,
  startCluster,
  webhookToken,
  type AuditEvent,
  type Cluster,
  type ServiceAccountTokenOptions,
} from '../helpers/cluster.js';
import { pathWithoutKubectl, runAction } from '../helpers/runner.js';

let open: Cluster; // --anonymous-auth=true
let closed: Cluster; // --anonymous-auth=false

beforeAll(async () => {
  [open, closed] = await Promise.all([startCluster(), startCluster({ anonymous: false })]);
}, 120_000);
afterAll(async () => Promise.all([open?.stop(), closed?.stop()]), 30_000);

async function eventually<T>(read: () => T, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 50 && !ok(read()); i++) await new Promise((r) => setTimeout(r, 100));
  return read();
}

describe('live cluster harness', () => {
  it('runs two clusters side by side on loopback, each started within seconds', () => {
    for (const c of [open, closed]) {
      expect(c.server).toBe(`https://127.0.0.1:${c.port}`);
      expect(c.startMs).toBeLessThan(30_000);
    }
    expect(new Set([open.port, closed.port, open.dir, closed.dir]).size).toBe(4);
    expect([open.anonymous, closed.anonymous]).toEqual([true, false]);
  });

  it('authenticates generated client certificates and applies RBAC', async () => {
    const { user } = await open.whoami(open.admin);
    expect(user?.username).toBe('admin');
    expect(user?.groups).toContain('system:masters');
    const deploy = ['create', 'deployments', '-n', 'prod'];
    expect(await open.canI(open.admin, ...deploy)).toBe('yes');
    expect(await open.canI(open.clientCert('nobody', ['ci']), ...deploy)).toBe('no');
  });

  it('a kubeconfig for it passes the live gate, which reads the identity from the server', () => {
    // A client certificate never reaches the webhook, so a blocking run is safe here.
    const run = runAction(
      { kubeconfig: open.kubeconfig(open.admin), 'warn-within': '1h' },
      { PATH: pathWithoutKubectl() },
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      identity: 'admin',
      groups: 'system:masters,system:authenticated',
    });
  });

  it('serves a certificate for kubernetes.example and 127.0.0.1 but not localhost', async () => {
    const viaLocalhost = open.kubeconfig(open.admin, { server: `https://localhost:${open.port}` });
    const bad = await open.kubectl(viaLocalhost, 'get', '--raw', '/version');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'x509: certificate is valid for kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.example, not localhost',
    );
    const named = open.kubeconfig(open.admin, { tlsServerName: 'kubernetes.example' });
    expect((await open.kubectl(named, 'get', '--raw', '/version')).status).toBe(0);
  });
});

describe('webhook token authentication', () => {
  it('maps a kp-webhook token to its user, groups and extra; records the TokenReview', async () => {
    open.webhook.clearReviews();
    const user = { username: 'alice', uid: 'u-1', groups: ['devs'], extra: { team: ['a', 'b'] } };
    const token = webhookToken(user);
    const me = await open.whoami({ token });
    expect(me.user).toEqual({ ...user, groups: ['devs', 'system:authenticated'] });
    expect(open.webhook.reviews).toEqual([
      expect.objectContaining({ apiVersion: 'authentication.k8s.io/v1', token, httpStatus: 200 }),
    ]);
    expect(open.webhook.reviews[0]?.audiences).toEqual([open.issuer]);
  });

  it('rejects with 401 when the webhook answers undefined or an error', async () => {
    open.webhook.setAuthenticator(() => undefined);
    try {
      const r = await open.whoami({ token: webhookToken({ username: 'bob' }) });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('error: You must be logged in to the server (Unauthorized)');
      open.webhook.setAuthenticator(async () => ({ error: 'token revoked' }));
      expect((await open.review({ token: 'anything' })).status).toBe(401);
      const answered = { authenticated: false, error: 'token revoked' };
      expect(open.webhook.reviews.at(-1)?.status).toEqual(answered);
      expect(open.apiserverLog()).toContain('err="[invalid bearer token, token revoked]"');
    } finally {
      open.webhook.setAuthenticator();
    }
  });

  it('asks again for rejected tokens; caches accepted ones for 10 s regardless of the TTL', async () => {
    let accept = false;
    open.webhook.setAuthenticator(() => (accept ? { user: { username: 'carol' } } : undefined));
    try {
      expect((await open.review({ token: 'flip-token' })).status).toBe(401);
      accept = true;
      expect((await open.review({ token: 'flip-token' })).status).toBe(201);
      accept = false;
      const seen = open.webhook.reviews.length;
      expect((await open.review({ token: 'flip-token' })).status).toBe(201); // the union's success cache
      expect(open.webhook.reviews.length).toBe(seen);
    } finally {
      open.webhook.setAuthenticator();
    }
  });
});

describe('service-account tokens', () => {
  let uid: string;
  beforeAll(async () => {
    uid = await open.createServiceAccount('ci', 'deployer');
  });
  const mint = (o: Partial<ServiceAccountTokenOptions> = {}) =>
    open.serviceAccountToken({ namespace: 'ci', name: 'deployer', ...o });

  it('mints tokens shaped exactly like the TokenRequest API', async () => {
    const r = await open.api<{ status: { token: string } }>(
      'POST',
      '/api/v1/namespaces/ci/serviceaccounts/deployer/token',
      { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: {} },
    );
    expect(r.status).toBe(201);
    const real = decodeJwt(r.body.status.token);
    const ours = decodeJwt(mint());
    expect(ours.header).toEqual(real.header); // {alg: RS256, kid}
    expect(Object.keys(ours.claims)).toEqual(Object.keys(real.claims));
    const fixed = ({ iat, exp, nbf, jti, ...rest }: Record<string, unknown>) => ({
      rest,
      life: Number(exp) - Number(iat),
      nbfIsIat: nbf === iat,
      jti: /^[0-9a-f-]{36}$/.test(String(jti)),
    });
    expect(fixed(ours.claims)).toEqual(fixed(real.claims));
    const bound = { namespace: 'ci', serviceaccount: { name: 'deployer', uid } };
    expect(real.claims['kubernetes.io']).toEqual(bound);
  });

  it('accepts a minted token for an existing service account', async () => {
    const token = mint();
    expect((await open.whoami({ token })).user).toEqual({
      username: 'system:serviceaccount:ci:deployer',
      uid,
      groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', 'system:authenticated'],
      extra: {
        'authentication.kubernetes.io/credential-id': [`JTI=${decodeJwt(token).claims.jti}`],
      },
    });
  });

  const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);
  const hourAgo = () => ({ issuedAt: ago(3600) });
  // [case, token options, what kube-apiserver answers, the reason it logs ('' when accepted)]
  const cases: [string, () => Partial<ServiceAccountTokenOptions>, number, string][] = [
    ['expired 50 s ago (leeway)', () => ({ ...hourAgo(), expiresAt: ago(50) }), 201, ''],
    ['expired 70 s ago', () => ({ ...hourAgo(), expiresAt: ago(70) }), 401, 'token has expired'],
    ['expired 1 h ago', () => ({ issuedAt: ago(7200) }), 401, 'token has expired'],
    ['with nbf 50 s ahead (leeway)', () => ({ notBefore: ago(-50) }), 201, ''],
    ['with nbf 10 min ahead', () => ({ notBefore: ago(-600) }), 401, 'token is not valid yet'],
    ['with iat 10 min ahead', () => ({ issuedAt: ago(-600), notBefore: ago(0) }), 401, 'future'],
    ['signed with another key', () => ({ signWith: 'other' }), 401, 'no keys found'],
    ['with a stale uid', () => ({ uid: 'f00' }), 401, 'does not match claim (f00)'],
    ['for another audience', () => ({ audience: 'sts.amazonaws.com' }), 401, 'is invalid for'],
  ];
  it.each(cases.map(([name, o, status, reason]) => ({ name, o, status, reason })))(
    'a token $name gets $status',
    async ({ o, status, reason }) => {
      open.webhook.clearReviews();
      const token = mint(o());
      expect((await open.review({ token })).status).toBe(status);
      const logged = open.apiserverLog().split('\n');
      if (reason)
        expect(logged.filter((l) => /invalid bearer token, /.test(l)).at(-1)).toContain(reason);
      // A rejected SA token falls through to the webhook, which sees it too.
      expect(open.webhook.reviews.map((r) => r.token)).toEqual(status === 401 ? [token] : []);
    },
  );

  it('rejects tokens of a deleted service account', async () => {
    await open.createServiceAccount('ci', 'gone');
    const token = open.serviceAccountToken({ namespace: 'ci', name: 'gone' });
    await open.deleteServiceAccount('ci', 'gone');
    expect(await open.review({ token })).toEqual({ status: 401, message: 'Unauthorized' });
    const reason = 'invalid bearer token, serviceaccounts \\"gone\\" not found';
    expect(open.apiserverLog()).toContain(reason);
    const fresh = open.serviceAccountToken({ namespace: 'ci', name: 'gone' });
    expect((await open.whoami({ token: fresh })).stderr).toContain('(Unauthorized)');
  });
});

describe('anonymous requests, RBAC grants and the audit log', () => {
  it('anonymous on: /version 200, selfsubjectreviews 403 as system:anonymous; off: 401', async () => {
    expect((await open.api('GET', '/version', undefined, 'anonymous')).status).toBe(200);
    expect((await closed.api('GET', '/version', undefined, 'anonymous')).status).toBe(401);
    const denied = await open.review('anonymous');
    expect(denied.status).toBe(403);
    expect(denied.message).toContain('User "system:anonymous" cannot create resource');
    expect(await closed.review('anonymous')).toEqual({ status: 401, message: 'Unauthorized' });
    expect((await closed.api('GET', '/version')).status).toBe(200);
  });

  it('grant() flips kubectl auth can-i from no to yes', async () => {
    await closed.createNamespace('team');
    const dave = { token: webhookToken({ username: 'dave', groups: ['deployers'] }) };
    const deploy = ['create', 'deployments', '-n', 'team'];
    expect(await closed.canI(dave, ...deploy)).toBe('no');
    const rules = [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] }];
    const role = await closed.grant({ group: 'deployers', namespace: 'team', rules });
    expect(role).toEqual({ kind: 'Role', name: 'kp-grant-1', namespace: 'team' });
    expect(await closed.canI(dave, ...deploy)).toBe('yes');

    const sa = { namespace: 'team', name: 'bot' };
    await closed.createServiceAccount(sa.namespace, sa.name);
    const bot = { token: closed.serviceAccountToken(sa) };
    expect(await closed.canI(bot, 'list', 'nodes')).toBe('no');
    const nodes = [{ apiGroups: [''], resources: ['nodes'], verbs: ['list'] }];
    const cluster = await closed.grant({ serviceAccount: sa, rules: nodes });
    expect(cluster).toEqual({ kind: 'ClusterRole', name: 'kp-grant-2' });
    expect(await closed.canI(bot, 'list', 'nodes')).toBe('yes');
  });

  it('auditEvents() lists those requests with their user agent and response code', async () => {
    const sar = (e: AuditEvent) =>
      e.userAgent?.startsWith('kubectl/') && e.objectRef?.resource === 'selfsubjectaccessreviews';
    const events = await eventually(closed.auditEvents, (all) => all.filter(sar).length >= 4);
    const mine = events.filter((e) => e.userAgent === HARNESS_USER_AGENT);
    expect(mine).toContainEqual(
      expect.objectContaining({
        verb: 'create',
        requestURI: '/api/v1/namespaces/team/serviceaccounts',
        user: expect.objectContaining({ username: 'admin' }),
        objectRef: expect.objectContaining({ resource: 'serviceaccounts', namespace: 'team' }),
        responseStatus: expect.objectContaining({ code: 201 }),
      }),
    );
    const unauthorized = expect.objectContaining({ code: 401 });
    const anonymous = { requestURI: '/version', user: {}, responseStatus: unauthorized };
    expect(mine).toContainEqual(expect.objectContaining(anonymous));
    expect(events.filter(sar).map((e) => e.user.username)).toEqual(
      expect.arrayContaining(['dave', 'system:serviceaccount:team:bot']),
    );
    expect(events.every((e) => e.stage !== 'RequestReceived')).toBe(true);
  });
});
