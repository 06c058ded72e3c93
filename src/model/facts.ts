/** Everything gather() learned. Checks read only this; failures to gather are facts too. */
import type { Entry, KubeCluster, KubeContext, KubeUser, MergedKubeconfig } from './kubeconfig.js';
import type { AwsFacts } from './aws/facts.js';
import type { LiveFacts } from './live.js';
import type {
  CertFacts,
  ExecFacts,
  KeyFacts,
  Loaded,
  OidcConfig,
  TokenFacts,
} from './materials.js';
import type { Requirement } from './require.js';
import type { PolicyFacts } from '../policy/model.js';

export interface Settings {
  /** Credentials must stay valid at least this long (seconds), or it is an error. */
  minValiditySeconds: number;
  /** Credentials expiring within this window (seconds) give a warning. */
  warnWithinSeconds: number;
  offline: boolean;
  /** `require`: what the deploy needs, checked with SelfSubjectAccessReview. */
  requirements: Requirement[];
  /** `expect-identity`: globs the username the server sees must match (any of them). */
  expectIdentity: string[];
}

/** The machine the gate runs on, as far as it matters to a diagnosis. */
export interface RunnerFacts {
  /** GitHub-hosted runners reach only public endpoints. */
  environment?: 'github-hosted' | 'self-hosted';
  /** Proxy variables set in the environment (names only). */
  proxyVariables: string[];
}

/** How the `kubeconfig` input arrived. */
export interface InputFacts {
  /** True when the kubeconfig input was set but empty (a missing secret evaluates to ''). */
  emptyKubeconfig: boolean;
  /** Why it may be empty, from the workflow context (fork PR, Dependabot). */
  emptyReason?: string;
  /** The content was given inline but decoded to nothing usable (e.g. base64 of empty). */
  contentProblem?: string;
}

/** One context to check, with everything its cluster and user reference. */
export interface TargetFacts {
  contextName: string;
  selectedBy: 'input' | 'current-context' | 'audit';
  context?: Entry<KubeContext>;
  cluster?: Entry<KubeCluster>;
  user?: Entry<KubeUser>;
  ca?: Loaded<CertFacts[]>;
  clientCert?: Loaded<CertFacts[]>;
  clientKey?: Loaded<KeyFacts>;
  /** Whether client-key matches the first certificate of client-certificate. */
  keyMatchesCert?: boolean;
  token?: Loaded<TokenFacts>;
  tokenFile?: Loaded<TokenFacts>;
  exec?: ExecFacts;
  /** The OIDC issuer this context's tokens come from, when there is one. */
  oidc?: OidcConfig;
  /** Whether a certificate of the kubeconfig CA issued the client certificate (kubeadm and k3s
   * use one CA for both, so "no" is evidence for a 401). Undefined when it cannot be told. */
  clientCertIssuedByCa?: boolean;
  /** What the live API server said; absent when offline. */
  live?: LiveFacts;
  /** The AWS side of an EKS context: credentials, caller, cluster and mapping. */
  aws?: AwsFacts;
}

/** A `kubeconfig` glob of an audit whose walk a bound cut short (files past it not audited). */
export interface GlobLimit {
  pattern: string;
  stopped: 'entries' | 'files' | 'depth';
  /** The bound: directory entries read, files matched, or directory levels. */
  max: number;
}

export interface Facts {
  now: Date;
  settings: Settings;
  input: InputFacts;
  runner: RunnerFacts;
  /** The context the user asked for (input `context`), if any. */
  requestedContext?: string;
  kubeconfig: MergedKubeconfig;
  targets: TargetFacts[];
  /** Set in audit mode: every context (matching these globs, all when empty) is a target. */
  audit?: { contexts: string[]; globLimits?: GlobLimit[] };
  /** The policy file, when one was given or found (its problems, or the policy). */
  policy?: PolicyFacts;
}
