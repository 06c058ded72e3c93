/** A `require` line: what the deploy needs, written the way `kubectl auth can-i` takes it. */

export interface Requirement {
  /** The line as written (trimmed), for messages. */
  line: string;
  /** 1-based line of the `require` input it came from. */
  lineNumber?: number;
  verb: string;
  /** The resource type as written, lower-cased: `deployments`, `deploy`, `deployments.apps`. */
  resource?: string;
  /** The API group written in `resource`: `apps` in `deployments.apps` and `deployments.v1.apps`. */
  group?: string;
  /** `deployments.v1.apps` gives version v1. */
  version?: string;
  subresource?: string;
  /** `configmaps/app-config` names one object. */
  name?: string;
  /** `-n prod`; undefined = the context's namespace (or `default`). */
  namespace?: string;
  /** `-A` / `--all-namespaces`. */
  allNamespaces?: boolean;
  /** `get /healthz`: a non-resource URL. */
  nonResourceURL?: string;
}
