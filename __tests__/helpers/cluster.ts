/**
 * A real kube-apiserver + etcd on loopback for the live tests: PKI generated with the test PKI,
 * RBAC, anonymous auth on or off, a TokenReview webhook served by the test process, service-account
 * tokens minted with the cluster's signing key, admin API helpers and a Metadata-level audit log.
 * Binaries come from test/cluster/build.sh. Several clusters may run at once (own dirs and ports).
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { admin } from './cluster/admin.js';
import { apiClient, selfSubjectReview } from './cluster/api.js';
import { AUDIT_POLICY, readAuditLog, writesByGate } from './cluster/audit.js';
import { clusterKubeconfig } from './cluster/kubeconfig.js';
import { kubectlWhoami, runKubectl } from './cluster/kubectl.js';
import {
  clusterBinaries,
  freePort,
  lostPortRace,
  spawnLogged,
  stopProcess,
  waitReady,
} from './cluster/processes.js';
import { signServiceAccountToken, type ServiceAccountTokenOptions } from './cluster/sa-token.js';
import { startWebhook } from './cluster/webhook.js';
import { startOidcIssuer, type OidcOptions } from './cluster/oidc.js';
import { makeCA, makeCert } from './pki.js';
import type { Cluster } from './cluster/types.js';

export type { Cluster } from './cluster/types.js';

export { clusterBinaries } from './cluster/processes.js';
export {
  HARNESS_USER_AGENT,
  type ApiResponse,
  type Credentials,
  type UserInfo,
} from './cluster/api.js';
export type { Grant, GrantOptions, PolicyRule } from './cluster/admin.js';
export type { AuditEvent } from './cluster/audit.js';
export type { KubeconfigOptions } from './cluster/kubeconfig.js';
export type { KubectlResult } from './cluster/kubectl.js';
export type { IdTokenOptions, OidcIssuer, OidcOptions } from './cluster/oidc.js';
export { decodeJwt, keyId, type ServiceAccountTokenOptions } from './cluster/sa-token.js';
export {
  webhookToken,
  type Authenticator,
  type TokenReviewRecord,
  type TokenWebhook,
  type WebhookAnswer,
  type WebhookUser,
} from './cluster/webhook.js';

/** The serving certificate's names: deliberately not `localhost` (a real hostname mismatch). */
export const SERVING_SANS = [
  '127.0.0.1',
  'kubernetes',
  'kubernetes.default',
  'kubernetes.default.svc',
  'kubernetes.example',
];
export const SERVICE_ACCOUNT_ISSUER = 'https://kubernetes.default.svc';

/** One attempt; startCluster retries it when a chosen port was taken before it was bound. */
export interface StartOptions {
  anonymous?: boolean;
  oidc?: boolean | OidcOptions;
}

async function startOnce(opts: StartOptions): Promise<Cluster> {
  const anonymous = opts.anonymous ?? true;
  const bin = clusterBinaries();
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-cluster-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text, { mode: 0o600 });
    return p;
  };
  const ca = makeCA({ cn: 'kube-preflight-test-ca', keyType: 'p256' });
  const serving = makeCert({
    cn: 'kube-apiserver',
    issuer: ca,
    usage: 'server',
    sans: SERVING_SANS,
  });
  const adminCert = makeCert({ cn: 'admin', orgs: ['system:masters'], issuer: ca });
  const saKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const [etcdClient, etcdPeer, port] = [await freePort(), await freePort(), await freePort()];
  const auditLog = path.join(dir, 'audit.log');
  const etcdLog = path.join(dir, 'etcd.log');
  const apiLog = path.join(dir, 'apiserver.log');
  const webhook = await startWebhook();
  const oidc = opts.oidc ? await startOidcIssuer(opts.oidc === true ? {} : opts.oidc) : undefined;

  const started = Date.now();
  const etcd = spawnLogged(
    path.join(bin, 'etcd'),
    [
      `--data-dir=${path.join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
      '--log-level=error',
    ],
    etcdLog,
  );
  const api = spawnLogged(
    path.join(bin, 'kube-apiserver'),
    [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      '--endpoint-reconciler-type=none',
      `--secure-port=${port}`,
      `--tls-cert-file=${file('serving.crt', serving.certPem)}`,
      `--tls-private-key-file=${file('serving.key', serving.keyPem)}`,
      `--client-ca-file=${file('ca.crt', ca.certPem)}`,
      `--service-account-key-file=${file('sa.pub', saKey.publicKey.export({ type: 'spki', format: 'pem' }).toString())}`,
      `--service-account-signing-key-file=${file('sa.key', saKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())}`,
      `--service-account-issuer=${SERVICE_ACCOUNT_ISSUER}`,
      '--authorization-mode=RBAC',
      `--anonymous-auth=${anonymous}`,
      `--authentication-token-webhook-config-file=${file('webhook.kubeconfig', webhook.kubeconfig())}`,
      '--authentication-token-webhook-version=v1',
      // 0 bypasses the webhook's own cache (the union of token authenticators still caches
      // successes for 10 s; failures are never cached).
      '--authentication-token-webhook-cache-ttl=0s',
      '--service-cluster-ip-range=10.96.0.0/24',
      `--cert-dir=${path.join(dir, 'certs')}`,
      `--audit-log-path=${auditLog}`,
      `--audit-policy-file=${file('audit-policy.yaml', AUDIT_POLICY)}`,
      ...(oidc?.flags(file) ?? []),
    ],
    apiLog,
  );
  const server = `https://127.0.0.1:${port}`;
  const halt = async () => {
    await stopProcess(api);
    await stopProcess(etcd);
    await webhook.close();
    await oidc?.close();
  };
  try {
    const tls = { ca: ca.certPem, cert: adminCert.certPem, key: adminCert.keyPem };
    await waitReady(`${server}/readyz`, tls, [etcd, api], dir);
    await oidc?.ready(); // the apiserver fetches discovery early; JWKS only at the first token
  } catch (err) {
    await halt();
    throw err;
  }
  const startMs = Date.now() - started;

  const apiFn = apiClient(server, ca.certPem, adminCert);
  const uids = new Map<string, string>();
  const mint = (o: ServiceAccountTokenOptions) =>
    signServiceAccountToken(o, o.signWith === 'other' ? otherKey : saKey, {
      issuer: SERVICE_ACCOUNT_ISSUER,
      audiences: [SERVICE_ACCOUNT_ISSUER],
      uid: uids.get(`${o.namespace}/${o.name}`) ?? randomUUID(),
    });
  const helpers = admin(apiFn, uids, (namespace, name) => mint({ namespace, name }));

  return {
    server,
    port,
    anonymous,
    dir,
    ca,
    admin: adminCert,
    auditLog,
    issuer: SERVICE_ACCOUNT_ISSUER,
    startMs,
    webhook,
    oidc,
    clientCert: (cn, orgs = []) => makeCert({ cn, orgs, issuer: ca }),
    kubeconfig: (user, o) => clusterKubeconfig(server, ca.certPem, user, o),
    kubectl: (kubeconfig, ...args) => runKubectl(dir, kubeconfig, args),
    whoami: (user) =>
      kubectlWhoami((...args) =>
        runKubectl(dir, clusterKubeconfig(server, ca.certPem, user), args),
      ),
    canI: async (user, ...args) => {
      const kubeconfig = clusterKubeconfig(server, ca.certPem, user);
      return (await runKubectl(dir, kubeconfig, ['auth', 'can-i', ...args])).stdout.trim();
    },
    review: (as) => selfSubjectReview(apiFn, as),
    serviceAccountToken: mint,
    api: apiFn,
    createNamespace: helpers.createNamespace,
    createServiceAccount: helpers.createServiceAccount,
    deleteServiceAccount: helpers.deleteServiceAccount,
    grant: helpers.grant,
    auditEvents: () => readAuditLog(auditLog),
    apiserverLog: () => readFileSync(apiLog, 'utf8'),
    // Every test that starts a cluster proves the gate read-only over its whole run.
    stop: async () => {
      await halt();
      const writes = writesByGate(readAuditLog(auditLog));
      rmSync(dir, { recursive: true, force: true });
      if (writes.length) {
        const what = writes.map((e) => `${e.verb} ${e.requestURI}`).join(', ');
        throw new Error(`kube-preflight wrote to the cluster: ${what}`);
      }
    },
  };
}

/** A real cluster on loopback; a start that lost a port race is retried with new ports. */
export async function startCluster(opts: StartOptions = {}): Promise<Cluster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (err) {
      if (attempt >= 3 || !lostPortRace(err)) throw err;
    }
  }
}
