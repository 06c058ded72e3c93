/**
 * The demo's sandbox: generated kubeconfigs with a handful of realistic faults, in a new temporary
 * directory. Servers are under `.invalid` (never resolvable); the demo runs offline unless it is
 * given a live kubeconfig.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { b64, makeCA, makeCert } from './pki.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A JWT-shaped service-account token (the offline checks decode it; nothing verifies it). */
function token(sub: string, expiresInMs: number, now: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor((now + expiresInMs) / 1000);
  return `${part({ alg: 'RS256', kid: 'demo' })}.${part({ iss: 'https://kubernetes.default.svc', sub, iat: Math.floor(now / 1000) - 600, exp })}.${randomBytes(64).toString('base64url')}`;
}

export interface Sandbox {
  dir: string;
  /** The KUBECONFIG list: platform.yaml, then team.yaml (whose `shared` cluster it shadows). */
  kubeconfig: string;
  /** What each context shows. */
  faults: Record<string, string>;
}

export function makeSandbox(now = Date.now()): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-preflight-demo-'));
  const ca = makeCA({
    cn: 'demo-cluster-ca',
    notBefore: new Date(now - 400 * DAY),
    notAfter: new Date(now + 3000 * DAY),
  });
  const expired = makeCert({
    cn: 'prod-deployer',
    orgs: ['deployers'],
    issuer: ca,
    notBefore: new Date(now - 92 * DAY),
    notAfter: new Date(now - 2 * DAY),
  });
  const caData = b64(ca.certPem);
  const cluster = (name: string, host: string) =>
    `- name: ${name}\n  cluster:\n    server: https://${host}:6443\n    certificate-authority-data: ${caData}`;
  const platform = [
    'apiVersion: v1',
    'kind: Config',
    'current-context: prod',
    'clusters:',
    cluster('prod', 'prod.k8s.invalid'),
    cluster('staging', 'staging.k8s.invalid'),
    cluster('shared', 'shared-platform.k8s.invalid'),
    cluster('dev', 'dev.k8s.invalid'),
    'contexts:',
    '- {name: prod, context: {cluster: prod, user: prod-deployer, namespace: apps}}',
    '- {name: staging, context: {cluster: staging, user: staging-sso}}',
    '- {name: ci, context: {cluster: shared, user: ci-bot}}',
    '- {name: dev, context: {cluster: dev, user: dev}}',
    'users:',
    '- name: prod-deployer',
    '  user:',
    `    client-certificate-data: ${b64(expired.certPem)}`,
    `    client-key-data: ${b64(expired.keyPem)}`,
    '- name: staging-sso',
    '  user:',
    '    exec:',
    '      apiVersion: client.authentication.k8s.io/v1beta1',
    '      command: kp-demo-sso-login',
    '      args: [token, --cluster, staging]',
    '      installHint: Install kp-demo-sso-login from the platform team (example.invalid/sso).',
    '      interactiveMode: Never',
    '- name: ci-bot',
    `  user: {token: ${token('system:serviceaccount:ci:deployer', 8 * MINUTE, now)}}`,
    '- name: dev',
    `  user: {token: ${token('system:serviceaccount:dev:deployer', 90 * DAY, now)}}`,
    '',
  ].join('\n');
  const team = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    cluster('shared', 'shared-team.k8s.invalid'),
    'contexts:',
    '- {name: team, context: {cluster: shared, user: dev}}',
    '',
  ].join('\n');
  const files = ['platform.yaml', 'team.yaml'].map((f) => path.join(dir, f));
  writeFileSync(files[0] as string, platform, { mode: 0o600 });
  writeFileSync(files[1] as string, team, { mode: 0o600 });
  return {
    dir,
    kubeconfig: files.join(path.delimiter),
    faults: {
      prod: 'a client certificate that expired two days ago',
      staging: 'an exec plugin that is not installed',
      ci: 'a token that expires in 8 minutes, in the middle of a 15-minute deploy',
      team: 'a cluster name that platform.yaml already defines, so kubectl uses the other server',
      dev: 'healthy',
    },
  };
}
