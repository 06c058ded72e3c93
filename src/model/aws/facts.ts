/** What the AWS side said: where the credentials came from, and who STS says the caller is. */
import type { EksTarget } from './eks-detect.js';
import type { EksApiFacts, ClusterTokenFacts } from './eks-facts.js';

/** Which link of the SDK's default provider chain supplied the credentials. */
export type CredentialSource =
  | 'environment'
  | 'web-identity'
  | 'profile'
  | 'assume-role-profile'
  | 'sso'
  | 'process'
  | 'container'
  | 'instance-metadata'
  | 'unknown';

export interface AwsCredentialFacts {
  source: CredentialSource;
  profile?: string;
  /** AKIA = long-lived IAM user key, ASIA = temporary (STS) credentials. */
  accessKeyPrefix: string;
  temporary: boolean;
  expiresAt?: string;
}

export type AwsCredentials =
  | { ok: true; value: AwsCredentialFacts }
  | {
      ok: false;
      /** none: no provider had credentials; error: a provider failed (SSO expired, bad profile). */
      why: 'none' | 'error';
      detail: string;
    };

/** STS GetCallerIdentity: the identity AWS authenticates, or its error code. */
export type AwsCaller =
  | { ok: true; arn: string; account: string; userId: string }
  | { ok: false; code: string; message: string; status?: number; attempts?: number };

export interface AwsFacts {
  eks: EksTarget;
  /** The region used for STS and EKS calls, and where it came from. */
  region?: string;
  regionFrom?: 'input' | 'kubeconfig' | 'environment' | 'default';
  /** Set when the AWS checks did not run (input `aws: false`, offline); says why. */
  skipped?: string;
  credentials?: AwsCredentials;
  caller?: AwsCaller;
  /** The EKS token the cluster gets, replayed to STS (who the cluster will see). */
  token?: ClusterTokenFacts;
  /** DescribeCluster, updates, access entry and policies, authenticator logs. */
  eksApi?: EksApiFacts;
}
