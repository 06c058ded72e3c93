/** Kubeconfigs (YAML) for the live cluster: a client certificate, a bearer token, or no user. */
import type { Issued } from '../pki.js';

export interface KubeconfigOptions {
  /** Overrides the server URL, e.g. https://localhost:PORT (not in the serving certificate). */
  server?: string;
  /** Sets tls-server-name (e.g. kubernetes.example, which the serving certificate holds). */
  tlsServerName?: string;
  /** Leaves certificate-authority-data out (the system roots then decide). */
  omitCA?: boolean;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

export function clusterKubeconfig(
  server: string,
  caPem: string,
  user: Issued | { token: string } | undefined,
  o: KubeconfigOptions = {},
): string {
  let userLines = ['  user: {}'];
  if (user && 'token' in user) userLines = ['  user:', `    token: ${JSON.stringify(user.token)}`];
  else if (user)
    userLines = [
      '  user:',
      `    client-certificate-data: ${b64(user.certPem)}`,
      `    client-key-data: ${b64(user.keyPem)}`,
    ];
  return [
    'apiVersion: v1',
    'kind: Config',
    'current-context: test',
    'clusters:',
    '- name: test',
    '  cluster:',
    `    server: ${o.server ?? server}`,
    ...(o.omitCA ? [] : [`    certificate-authority-data: ${b64(caPem)}`]),
    ...(o.tlsServerName ? [`    tls-server-name: ${o.tlsServerName}`] : []),
    'contexts:',
    '- name: test',
    '  context: {cluster: test, user: test}',
    'users:',
    '- name: test',
    ...userLines,
    '',
  ].join('\n');
}
