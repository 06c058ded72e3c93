/** What startCluster gives a test: the running cluster and its helpers. */
import type { Issued } from '../pki.js';
import type { Grant, GrantOptions } from './admin.js';
import type { ApiFn, Credentials, UserInfo } from './api.js';
import type { AuditEvent } from './audit.js';
import type { KubeconfigOptions } from './kubeconfig.js';
import type { KubectlResult } from './kubectl.js';
import type { OidcIssuer } from './oidc.js';
import type { ServiceAccountTokenOptions } from './sa-token.js';
import type { TokenWebhook } from './webhook.js';

export interface Cluster {
  /** https://127.0.0.1:PORT */
  server: string;
  port: number;
  anonymous: boolean;
  dir: string;
  ca: Issued;
  /** A client certificate in system:masters. */
  admin: Issued;
  auditLog: string;
  /** --service-account-issuer; also the apiserver's audiences (no --api-audiences is set). */
  issuer: string;
  /** Milliseconds from spawning etcd to the first 200 from /readyz. */
  startMs: number;
  webhook: TokenWebhook;
  /** The OIDC issuer the apiserver trusts (--oidc-* flags); undefined without `oidc`. */
  oidc?: OidcIssuer;
  /** Issues a client certificate from the cluster CA. */
  clientCert(cn: string, orgs?: string[]): Issued;
  /** A kubeconfig (YAML) for a client certificate, a bearer token, or no credentials. */
  kubeconfig(user?: Issued | { token: string }, opts?: KubeconfigOptions): string;
  /** The real kubectl with that kubeconfig, asynchronously (the webhook needs the event loop). */
  kubectl(kubeconfig: string, ...args: string[]): Promise<KubectlResult>;
  /** `kubectl auth whoami` with a kubeconfig for `user` (`user` set on success). */
  whoami(user?: Issued | { token: string }): Promise<KubectlResult & { user?: UserInfo }>;
  /** `kubectl auth can-i ...args` with a kubeconfig for `user`: 'yes' or 'no'. */
  canI(user: Issued | { token: string }, ...args: string[]): Promise<string>;
  /** A SelfSubjectReview over the API: 201 with the user, or the status and its message. */
  review(as: Credentials): Promise<{ status: number; user?: UserInfo; message?: string }>;
  /** A TokenRequest-shaped service-account JWT (see sa-token.ts). */
  serviceAccountToken(o: ServiceAccountTokenOptions): string;
  /** A request as admin (default), another certificate, a bearer token or 'anonymous'. */
  api: ApiFn;
  createNamespace(name: string): Promise<void>;
  createServiceAccount(namespace: string, name: string): Promise<string>;
  deleteServiceAccount(namespace: string, name: string): Promise<void>;
  grant(o: GrantOptions): Promise<Grant>;
  auditEvents(): AuditEvent[];
  /** kube-apiserver's stdout + stderr so far (authentication errors are logged here). */
  apiserverLog(): string;
  stop(): Promise<void>;
}
