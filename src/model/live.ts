/** What the live API server told us: reachability, TLS, clock, version, identity and permissions. */
import type { CertFacts } from './materials.js';
import type { Requirement } from './require.js';

/** Where the server's addresses lie; a private endpoint cannot be reached from a hosted runner. */
export type AddressClass = 'loopback' | 'private' | 'link-local' | 'public' | 'unknown';

/** Why a connection failed before any HTTP answer (evidence.reason of cluster/unreachable). */
export type UnreachableReason =
  'dns' | 'refused' | 'timeout' | 'reset' | 'proxy' | 'no-route' | 'protocol';

export type TlsProblem = 'untrusted' | 'hostname-mismatch' | 'server-cert-expired' | 'other';

/** The step a connection had reached when it failed or ran out of time. */
export type Phase = 'dns' | 'proxy' | 'connect' | 'tls' | 'response';

export type TransportFailure =
  | {
      kind: 'unreachable';
      reason: UnreachableReason;
      phase: Phase;
      /** Node's error code (ENOTFOUND, ECONNREFUSED, …) when there is one. */
      code?: string;
      /** The HTTP status a proxy answered CONNECT with (407, 403, 502…). */
      proxyStatus?: number;
      /** One sentence, no secrets: "connect to 10.0.0.4:443 did not complete within 9.5s". */
      detail: string;
    }
  | {
      kind: 'tls';
      problem: TlsProblem;
      code?: string;
      detail: string;
      /** The chain the server presented, read in a second handshake that sends no credentials. */
      presented?: CertFacts[];
      /** Whether a certificate of the kubeconfig CA bundle issued the presented chain. */
      anchoredInKubeconfigCa?: boolean;
      /** The server certificate's subjectAltName, for hostname mismatches. */
      altNames?: string[];
      /** The name that was checked against it (tls-server-name or the server host). */
      checkedName?: string;
    }
  | {
      /** The credentials could not even be loaded into TLS (a key that fits no certificate, …). */
      kind: 'client-config';
      detail: string;
    };

export interface ProxyFacts {
  /** Scheme, host and port only: credentials in a proxy URL are never kept. */
  url: string;
  source: 'proxy-url' | 'environment';
  /** The environment variable it came from (HTTPS_PROXY, https_proxy, …). */
  variable?: string;
}

export interface EndpointFacts {
  server: string;
  host: string;
  port: number;
  /** tls-server-name when set. */
  serverName?: string;
  addresses: string[];
  addressClass: AddressClass;
  proxy?: ProxyFacts;
  insecure: boolean;
}

/** One HTTP exchange, without bodies or headers (mask-safe). */
export interface ApiCall {
  method: string;
  path: string;
  status?: number;
  durationMs: number;
}

/** A Kubernetes Status from an error response. */
export interface ApiStatus {
  code: number;
  reason?: string;
  message?: string;
}

export interface ClockFacts {
  /** The server's Date header (1 s resolution). */
  serverDate: string;
  /** Server clock minus runner clock, in seconds (positive: the runner is behind). */
  skewSeconds: number;
  /** How far the estimate may be off: the Date header's 1 s resolution plus half the round trip. */
  uncertaintySeconds: number;
}

export interface ServerVersion {
  gitVersion: string;
  major: number;
  minor: number;
  platform?: string;
}

export interface UserInfo {
  username: string;
  uid?: string;
  groups: string[];
  /** Mask-safe extra values (e.g. the ARN EKS matched); access key ids are never kept. */
  extra: Record<string, string[]>;
}

export type WhoAmI =
  | { ok: true; apiVersion: 'v1' | 'v1beta1' | 'v1alpha1'; user: UserInfo }
  | {
      ok: false;
      /** not-served: 404 on every version; forbidden: 403; failed: any other answer. */
      why: 'not-served' | 'forbidden' | 'unauthorized' | 'failed';
      status?: ApiStatus;
    };

/** The attributes actually sent in a SelfSubjectAccessReview. */
export interface AccessAttributes {
  verb: string;
  group?: string;
  version?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  /** '' = all namespaces or cluster-scoped. */
  namespace?: string;
  nonResourceURL?: string;
}

export interface AccessCheck {
  requirement: Requirement;
  attributes?: AccessAttributes;
  /** How the resource was resolved: built-in table, server discovery, or as written. */
  resolvedBy?: 'builtin' | 'discovery' | 'as-written';
  /** The server serves no such resource type (typo, or a CRD that is not installed). */
  unknownResource?: boolean;
  allowed?: boolean;
  denied?: boolean;
  reason?: string;
  evaluationError?: string;
  /** The review itself failed (401/403/transport); the answer is unknown. */
  error?: ApiStatus | { code: 0; message: string };
}

export interface KubectlFacts {
  path: string;
  gitVersion?: string;
  major?: number;
  minor?: number;
  /** Why the version could not be read. */
  error?: string;
  /**
   * Set when this kubectl is gcloud's dispatcher (`v1.32.4-dispatcher`): for a server v1.N it runs
   * `kubectl.1.N` from its own folder (symlinks resolved) when that file is there, else itself.
   */
  dispatcher?: { dir: string; versions: { major: number; minor: number }[] };
}

/** The OIDC issuer's discovery document, fetched from the runner (no credentials sent). */
export interface OidcFacts {
  discoveryUrl: string;
  reachable: boolean;
  /** HTTP status when the issuer answered. */
  status?: number;
  failure?: TransportFailure;
  /** The document's `issuer`, when it differs from the configured one (token validation fails). */
  documentIssuer?: string;
  /** The document's token endpoint host, where kubectl and kubelogin refresh tokens. */
  tokenEndpoint?: string;
}

/** What a target's credentials put on the wire (kubectl sends the same). */
export type SentCredential = 'client-certificate' | 'bearer-token' | 'basic-auth';

/** Where a bearer token came from, in client-go's order of precedence. */
export type BearerSource = 'tokenFile' | 'token' | 'exec' | 'auth-provider';

/** `kube-system/aws-auth` as this identity could read it (EKS contexts only). */
export type AwsAuthRead =
  | { status: 'read'; data: Record<string, string> }
  | { status: 'absent' }
  | { status: 'unreadable'; code: number; message?: string };

export interface LiveFacts {
  /** Set when live checks did not run at all; says why (offline, no server, …). */
  skipped?: string;
  endpoint?: EndpointFacts;
  /** Empty: no credentials (requests are anonymous, as kubectl's would be). */
  sent: SentCredential[];
  bearerSource?: BearerSource;
  /** `as` in the kubeconfig: requests impersonate this user. */
  impersonating?: string;
  /**
   * Why kubectl could not even send a request with this user (exec plugin failed, key does not fit
   * the certificate, …); the gate then only probes the endpoint, without credentials.
   */
  unusable?: string;
  transport?: { ok: true; tlsVersion?: string } | { ok: false; failure: TransportFailure };
  clock?: ClockFacts;
  version?: ServerVersion;
  /** The first 401 the server answered, if any: the credential was sent and rejected. */
  unauthorized?: ApiStatus;
  whoami?: WhoAmI;
  access: AccessCheck[];
  calls: ApiCall[];
  kubectl?: KubectlFacts;
  oidc?: OidcFacts;
  awsAuth?: AwsAuthRead;
  /** Milliseconds the live phase took. */
  durationMs?: number;
}
