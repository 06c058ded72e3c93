/** The bundled gate with OIDC users, against a real kube-apiserver that trusts a loopback issuer. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { b64 } from '../helpers/pki.js';
import { expectReadOnly, gate } from './gate.js';

let cluster: Cluster;
const MIN = 60_000;

beforeAll(async () => {
  cluster = await startCluster({ oidc: true });
}, 120_000);
afterAll(async () => cluster?.stop(), 30_000);

const oidc = () => {
  if (!cluster.oidc) throw new Error('the cluster was started without OIDC');
  return cluster.oidc;
};

/** A kubeconfig whose user is the `oidc` auth-provider, as `kubectl config set-credentials` writes it. */
function kubeconfig(idToken: string, o: { issuer?: string; refreshToken?: string } = {}): string {
  const { issuer, clientId, caPem } = oidc();
  const config = [
    `        idp-issuer-url: ${o.issuer ?? issuer}`,
    `        client-id: ${clientId}`,
    `        idp-certificate-authority-data: ${b64(caPem)}`,
    `        id-token: ${idToken}`,
    ...(o.refreshToken ? [`        refresh-token: ${o.refreshToken}`] : []),
  ];
  return cluster
    .kubeconfig(undefined)
    .replace(
      '  user: {}',
      ['  user:', '    auth-provider:', '      name: oidc', '      config:', ...config].join('\n'),
    );
}

describe('live gate, OIDC (real kube-apiserver with --oidc-issuer-url)', () => {
  it('passes a valid ID token, checks the issuer from the runner, and reports the OIDC user', async () => {
    const token = oidc().idToken({
      sub: 'alice',
      email: 'alice@example.com',
      groups: ['deployers'],
    });
    const run = await gate(kubeconfig(token));
    expect(run.ids).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.identity).toBe('oidc:alice@example.com');
    expect(run.outputs.groups).toBe('deployers,system:authenticated');
    expect(oidc().requests.map((r) => r.path)).toContain('/.well-known/openid-configuration');
  });

  it('explains a 401 for an ID token issued for another client', async () => {
    const token = oidc().idToken({ email: 'bob@example.com', aud: 'grafana' });
    const run = await gate(kubeconfig(token));
    expect(run.ids).toEqual(['cluster/unauthorized', 'token/oidc-audience-mismatch']);
    expect(run.topCause).toBe('oidc-audience-mismatch');
    expect(run.code).toBe(1);
  });

  it('explains a 401 for an expired ID token that nothing can refresh', async () => {
    const token = oidc().idToken({
      email: 'carol@example.com',
      issuedAt: new Date(Date.now() - 70 * MIN),
      expiresAt: new Date(Date.now() - 10 * MIN),
    });
    const run = await gate(kubeconfig(token));
    expect(run.ids).toEqual(['cluster/unauthorized', 'token/expired']);
    expect(run.topCause).toBe('credential-expired');
    expect(run.code).toBe(1);
  });

  it('flags an issuer URL that the discovery document spells differently', async () => {
    const token = oidc().idToken({ email: 'dave@example.com' });
    const run = await gate(kubeconfig(token, { issuer: `${oidc().issuer}/` }));
    expect(run.ids).toEqual(['token/oidc-issuer-mismatch']);
    expect(run.code).toBe(1);
  });

  it('does not send an expired ID token that kubectl would refresh, and says the issuer is down', async () => {
    const token = oidc().idToken({
      email: 'erin@example.com',
      issuedAt: new Date(Date.now() - 70 * MIN),
      expiresAt: new Date(Date.now() - 10 * MIN),
    });
    const refresh = `refresh-${Date.now()}-0123456789abcdef`;
    await oidc().setAvailable(false);
    try {
      const run = await gate(kubeconfig(token, { refreshToken: refresh }));
      expect(run.ids).toEqual(['token/oidc-issuer-unreachable']);
      expect(run.report?.findings[0]).toMatchObject({ severity: 'error' });
      expect(run.report?.findings[0]?.message).toContain('this run cannot get a valid token');
      expect(run.summary).toContain('kubectl would first refresh it');
      expect(run.reportText).not.toContain(refresh);
      expect(run.code).toBe(1);
    } finally {
      await oidc().setAvailable(true);
    }
  });

  it('made nothing but reads and SelfSubject*Review creates (the audit log of this suite)', () => {
    expectReadOnly(cluster, 5);
  });
});
