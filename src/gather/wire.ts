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
}

/** Per-target material, keyed by the target object itself. */
export type WireStore = WeakMap<object, WireMaterial>;

export function wireFor(store: WireStore, target: object): WireMaterial {
  let m = store.get(target);
  if (!m) store.set(target, (m = {}));
  return m;
}
