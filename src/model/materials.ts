/** Parsed credential material: certificates, keys and tokens, described without their secret values. */
import type { Origin } from './kubeconfig.js';

export interface CertFacts {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string; // ISO 8601
  notAfter: string; // ISO 8601
  /** SHA-256, colon-separated hex, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint: string;
  keyType: string; // rsa | ec | ed25519 | …
  isCA: boolean;
  selfSigned: boolean;
  /** Position in its PEM bundle (0 = first). */
  index: number;
  /** Common name and organisations of the subject: Kubernetes' username and groups. */
  commonName?: string;
  organizations?: string[];
}

/** Where a piece of material came from. */
export interface Source {
  /** The kubeconfig field (`client-certificate-data`, `tokenFile`, `exec`, …). */
  field: string;
  kind: 'file' | 'data' | 'exec';
  /** Resolved absolute path for files. */
  path?: string;
  /** The entry that referenced it (file and line of the field). */
  origin: Origin;
}

export type LoadProblem =
  'unreadable' | 'empty' | 'bad-base64' | 'not-pem' | 'not-certificate' | 'not-key' | 'redacted';

export type Loaded<T> =
  | { ok: true; value: T; source: Source }
  | { ok: false; problem: LoadProblem; detail: string; source: Source };

export interface KeyFacts {
  keyType: string;
}

export interface EksTokenFacts {
  /** STS host of the presigned URL. */
  host: string;
  region: string;
  /** X-Amz-Date as ISO 8601. */
  signedAt: string;
  /** First four characters of the access key id: AKIA = long-lived, ASIA = temporary. */
  accessKeyPrefix: string;
  temporaryCredentials: boolean;
  signedHeaders: string[];
  expiresParam?: number;
  /** Problems a server would reject the token for (missing x-k8s-aws-id, extra params, …). */
  problems: string[];
}

export interface TokenFacts {
  format: 'jwt' | 'eks' | 'opaque';
  /** sha256 of the token, first 16 hex characters: lets people compare tokens without seeing them. */
  fingerprint: string;
  length: number;
  issuedAt?: string;
  notBefore?: string;
  expiresAt?: string;
  issuer?: string;
  subject?: string;
  audience?: string[];
  /** For Kubernetes service-account tokens: the account it names (and its Secret, if legacy). */
  serviceAccount?: {
    namespace: string;
    name: string;
    uid?: string;
    secretName?: string;
    /** A bound token (TokenRequest API) rather than a legacy Secret-based one. */
    bound: boolean;
  };
  /** Set when a JWT or EKS token cannot be decoded; says why. */
  malformed?: string;
  eks?: EksTokenFacts;
}

export type ExecOutcome =
  | 'ok'
  | 'not-found'
  | 'not-run'
  | 'failed'
  | 'timeout'
  | 'invalid-output'
  | 'interactive-required'
  | 'api-version-removed';

/** A recognised reason for an exec failure or unusable output; checks pick the fix from it. */
export type ExecCause =
  | 'aws-sso-expired'
  | 'aws-profile-missing'
  | 'aws-expired-token'
  | 'aws-no-credentials'
  | 'aws-assume-role-denied'
  | 'aws-invalid-keys'
  | 'aws-text-output'
  | 'gcloud-reauth'
  | 'gcloud-no-account'
  | 'azure-aadsts'
  | 'kubectl-plugin-missing'
  | 'stdout-held-open';

export interface ExecCredentialFacts {
  token?: TokenFacts;
  clientCert?: Loaded<CertFacts[]>;
  clientKey?: Loaded<KeyFacts>;
  keyMatchesCert?: boolean;
  expirationTimestamp?: string;
}

export interface ExecFacts {
  command: string;
  args: string[];
  apiVersion?: string;
  interactiveMode?: string;
  installHint?: string;
  /** Absolute path the command resolved to (PATH lookup or kubeconfig-relative). */
  resolvedPath?: string;
  outcome: ExecOutcome;
  /** Why the plugin was not run, failed or gave unusable output (masked, never stdout). */
  detail?: string;
  /** The recognised cause behind `detail`, when one is known. */
  cause?: ExecCause;
  exitCode?: number;
  signal?: string;
  durationMs?: number;
  /** Last lines of stderr, with every known secret masked. */
  stderrExcerpt?: string;
  /** Names of env entries the kubeconfig sets (values are not kept: they may be secret). */
  envNames: string[];
  credential?: ExecCredentialFacts;
  origin: Origin;
}

/** Where a context's OIDC issuer is configured, and the ID token it holds (if any). */
export interface OidcConfig {
  /** The issuer URL, as configured or as the token's `iss` claims. */
  issuer: string;
  /** auth-provider `oidc`, an exec plugin's --oidc-issuer-url (kubelogin), or a JWT's iss. */
  from: 'auth-provider' | 'exec-args' | 'token';
  clientId?: string;
  /** The auth-provider's id-token, described (never kept). */
  idToken?: TokenFacts;
  /** The auth-provider holds a refresh-token: kubectl refreshes an expired id-token at the issuer. */
  refreshToken: boolean;
}
