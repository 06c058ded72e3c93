/** What the EKS API (and CloudWatch Logs) said about the cluster and the principal's mapping. */
import type { AuthenticationMode } from './access-entries.js';

/** An AWS API answer as a fact: the value, or the error code AWS (or the network) gave. */
/** An AWS call's answer; a failure keeps the SDK's attempts when it retried (throttling, 5xx). */
export type AwsAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; message: string; status?: number; attempts?: number };

/** DescribeCluster, the fields that matter to reaching and authenticating. */
export interface EksCluster {
  name: string;
  arn?: string;
  status: string;
  version?: string;
  platformVersion?: string;
  endpoint?: string;
  /** certificateAuthority.data (base64 of the CA PEM), read: fingerprints and subjects, or why not. */
  ca?: { ok: true; fingerprints: string[]; subjects: string[] } | { ok: false; problem: string };
  authenticationMode?: AuthenticationMode;
  endpointPublicAccess?: boolean;
  endpointPrivateAccess?: boolean;
  publicAccessCidrs?: string[];
  /** Control-plane log types shipped to CloudWatch Logs (`authenticator`, `api`, …). */
  logTypes: string[];
  createdAt?: string;
}

/** DescribeUpdate of one recent update. */
export interface EksUpdate {
  id: string;
  type: string;
  status: string;
  createdAt?: string;
  params: { type: string; value: string }[];
}

/** DescribeAccessEntry. */
export interface EksAccessEntry {
  principalArn: string;
  type?: string;
  username?: string;
  kubernetesGroups: string[];
  createdAt?: string;
  modifiedAt?: string;
}

/** ListAssociatedAccessPolicies, one association. */
export interface EksAssociatedPolicy {
  policyArn: string;
  scope: { type: string; namespaces?: string[] };
  associatedAt?: string;
}

/** Recent `access denied` lines of the authenticator for the principal (FilterLogEvents). */
export interface AuthenticatorLog {
  logGroup: string;
  sinceMinutes: number;
  lines: { at: string; message: string }[];
}

export interface EksApiFacts {
  /** The cluster name the EKS API was asked about. */
  clusterName: string;
  cluster: AwsAnswer<EksCluster>;
  /** Recent updates, newest first (ListUpdates + DescribeUpdate). */
  updates?: AwsAnswer<EksUpdate[]>;
  /** The principal looked up (the canonical ARN of the identity the cluster sees). */
  principal?: string;
  /** null: the cluster has no access entry for the principal. */
  accessEntry?: AwsAnswer<EksAccessEntry | null>;
  accessPolicies?: AwsAnswer<EksAssociatedPolicy[]>;
  /** Absent when the cluster does not ship authenticator logs (or was not described). */
  authenticatorLog?: AwsAnswer<AuthenticatorLog>;
}

/** The EKS token the cluster will get (exec plugin or static), replayed to STS as the authenticator does. */
export interface ClusterTokenFacts {
  from: 'exec' | 'static';
  /** The x-k8s-aws-id the replay sent: the cluster the gate believes the server is. */
  clusterId: string;
  replay:
    | { ok: true; arn: string; account: string; userId: string }
    | { ok: false; status: number; code?: string; message: string };
  /**
   * When the replay for `clusterId` failed the signature but a replay with the exec plugin's own
   * `--cluster-name` succeeded: the token was made for that other cluster.
   */
  signedFor?: string;
}
