/**
 * The credential material a target will put on the wire. Kept beside the facts, never in them:
 * facts are rendered, this holds secrets (every value here was already handed to the SecretSet).
 */
export interface WireMaterial {
  /** CA bundle PEM (not secret, but only meaningful to TLS). */
  ca?: string;
  clientCert?: string;
  clientKey?: string;
  token?: string;
  tokenFile?: string;
  /** From the exec plugin's ExecCredential. */
  execToken?: string;
  execCert?: string;
  execKey?: string;
  /** The CA bundle for the OIDC issuer (auth-provider idp-certificate-authority, kubelogin args). */
  oidcCa?: string;
}
