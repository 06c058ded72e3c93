/** Fleet kubeconfigs for audits: one context per member, each with its own server and client cert. */
import { b64, type Issued } from './pki.js';

export interface FleetMember {
  name: string;
  server: string;
  user: Issued;
}

/** Every member's cluster (trusting `caPem`), user (its certificate and key) and context. */
export function certFleet(caPem: string, members: FleetMember[]): string {
  const ca = b64(caPem);
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    ...members.map(
      (m) =>
        `- {name: ${m.name}, cluster: {server: "${m.server}", certificate-authority-data: ${ca}}}`,
    ),
    'users:',
    ...members.map(
      (m) =>
        `- {name: ${m.name}, user: {client-certificate-data: ${b64(m.user.certPem)}, client-key-data: ${b64(m.user.keyPem)}}}`,
    ),
    'contexts:',
    ...members.map((m) => `- {name: ${m.name}, context: {cluster: ${m.name}, user: ${m.name}}}`),
    '',
  ].join('\n');
}
