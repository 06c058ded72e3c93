/** Everything gather() learned. Checks read only this; failures to gather are facts too. */
import type { Entry, KubeCluster, KubeContext, KubeUser, MergedKubeconfig } from './kubeconfig.js';
import type { CertFacts, ExecFacts, KeyFacts, Loaded, TokenFacts } from './materials.js';

export interface Settings {
  /** Credentials must stay valid at least this long (seconds), or it is an error. */
  minValiditySeconds: number;
  /** Credentials expiring within this window (seconds) give a warning. */
  warnWithinSeconds: number;
  offline: boolean;
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
}

export interface Facts {
  now: Date;
  settings: Settings;
  input: InputFacts;
  /** The context the user asked for (input `context`), if any. */
  requestedContext?: string;
  kubeconfig: MergedKubeconfig;
  targets: TargetFacts[];
}
