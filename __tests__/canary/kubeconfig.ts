/**
 * A kubeconfig with a unique canary in every secret slot kube-preflight reads: a token, a basic-auth
 * password, a client key, OIDC tokens and client secret, an exec plugin's secret env and the
 * credential it prints, a plugin that echoes its secret to stderr and fails, an EKS token whose
 * presigned URL carries a session token, a tokenFile and a proxy password.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { canary } from '../helpers/canary.js';
import { b64, makeCert } from '../helpers/pki.js';
import { makeEksToken, makeJwt } from '../helpers/tokens.js';

export interface Planted {
  kubeconfig: string;
  /** Every canary: none may appear in anything a run writes. */
  all: string[];
  /** The ones the gate reads in every mode (so must mask), offline included. */
  masked: string[];
  /**
   * Secrets the gate reads only when their own context is checked (a tokenFile's content, a
   * plugin's output, the session token inside an EKS token): checking another context, it cannot
   * know them, so a plugin printing them is not the gate's leak.
   */
  readOnlyInAudit: string[];
  /** The client key, decoded: masked when the `cert` context is checked. */
  keyPem: string;
}

export function plantedKubeconfig(dir: string): Planted {
  const c = {
    token: canary('token'),
    password: canary('password'),
    clientSecret: canary('client-secret'),
    refresh: canary('refresh-token'),
    execEnv: canary('exec-env'),
    execToken: canary('exec-token'),
    session: canary('aws-session'),
    tokenFile: canary('token-file'),
    proxy: canary('proxy-password'),
  };
  const key = makeCert({ cn: 'ci-deployer', usage: 'client' });
  const idToken = makeJwt({ iss: 'https://issuer.invalid', sub: canary('oidc-sub'), exp: 2e9 });
  const eks = makeEksToken({ date: new Date(), sessionToken: c.session, clusterName: 'prod' });
  const tokenFile = path.join(dir, 'token');
  writeFileSync(tokenFile, `${c.tokenFile}\n`);
  const plugin = path.join(dir, 'plugin.sh');
  const cred = `{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"${c.execToken}"}}`;
  writeFileSync(plugin, `#!/bin/sh\necho '${cred}'\n`, { mode: 0o755 });
  // A plugin that fails and prints, as broken plugins do, every secret it could know: its env,
  // the AWS keys it inherits, and (baked in) every other canary. The gate shows its stderr.
  const echoed = [c.token, c.password, c.clientSecret, c.refresh, c.proxy, c.tokenFile, c.session];
  const failingBody = [
    '#!/bin/sh',
    `echo "login failed for $DEPLOY_TOKEN, $AWS_SECRET_ACCESS_KEY, $AWS_SESSION_TOKEN" >&2`,
    `echo "tried ${echoed.join(' ')}" >&2`,
    'exit 1',
    '',
  ].join('\n');
  const failing = path.join(dir, 'failing.sh');
  writeFileSync(failing, failingBody, { mode: 0o755 });
  // The same plugin under the name the EKS detection knows (`aws eks get-token`).
  const awsBin = path.join(dir, 'bin');
  mkdirSync(awsBin);
  writeFileSync(path.join(awsBin, 'aws'), failingBody, { mode: 0o755 });
  const exec = (command: string) =>
    `{exec: {apiVersion: client.authentication.k8s.io/v1, command: ${command}, interactiveMode: Never, env: [{name: DEPLOY_TOKEN, value: ${c.execEnv}}]}}`;
  const users: [string, string][] = [
    ['token', `{token: ${c.token}}`],
    ['basic', `{username: ci, password: ${c.password}}`],
    ['cert', `{client-certificate-data: ${b64(key.certPem)}, client-key-data: ${b64(key.keyPem)}}`],
    [
      'oidc',
      `{auth-provider: {name: oidc, config: {idp-issuer-url: "https://issuer.invalid", client-id: kp, client-secret: ${c.clientSecret}, id-token: ${idToken}, refresh-token: ${c.refresh}}}}`,
    ],
    ['exec', exec(plugin)],
    ['exec-fails', exec(failing)],
    [
      'eks-exec-fails',
      `{exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: ${awsBin}/aws, args: [eks, get-token, --cluster-name, prod, --region, eu-west-1], interactiveMode: Never}}`,
    ],
    ['eks', `{token: ${eks}}`],
    ['token-file', `{tokenFile: ${tokenFile}}`],
  ];
  const server = 'https://127.0.0.1:1';
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    'current-context: token',
    'clusters:',
    `- {name: c, cluster: {server: "${server}", proxy-url: "http://ci:${c.proxy}@127.0.0.1:1"}}`,
    'users:',
    ...users.map(([n, u]) => `- {name: ${n}, user: ${u}}`),
    'contexts:',
    ...users.map(([n]) => `- {name: ${n}, context: {cluster: c, user: ${n}}}`),
    '',
  ].join('\n');
  const secrets = [
    c.token,
    c.password,
    b64(key.keyPem), // decoded (and masked) too when its context is checked
    c.clientSecret,
    c.refresh,
    idToken,
    c.execEnv,
    eks,
    c.proxy,
  ];
  return {
    kubeconfig,
    all: [...secrets, ...Object.values(c), key.keyPem],
    readOnlyInAudit: [c.tokenFile, c.execToken, c.session],
    masked: secrets,
    keyPem: key.keyPem,
  };
}
