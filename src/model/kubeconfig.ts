/** The kubeconfig as client-go reads it: entries keep their file of origin and line numbers. */

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
}

/** Where an entry or field was defined. `file` is an absolute path, or `<input>` for inline content. */
export interface Origin {
  file: string;
  line?: number;
  column?: number;
}

export interface ExecEnvVar {
  name: string;
  value: string;
}

/** users[].user.exec, field names as written in kubeconfig. */
export interface ExecConfig {
  command?: string;
  args?: string[];
  env?: ExecEnvVar[];
  apiVersion?: string;
  installHint?: string;
  provideClusterInfo?: boolean;
  interactiveMode?: string;
}

export interface AuthProviderConfig {
  name?: string;
  config?: Record<string, string>;
}

/** clusters[].cluster, field names as written in kubeconfig. */
export interface KubeCluster {
  server?: string;
  'certificate-authority'?: string;
  'certificate-authority-data'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'tls-server-name'?: string;
  'proxy-url'?: string;
  'disable-compression'?: boolean;
  extensions?: { name: string; extension: unknown }[];
}

/** users[].user, field names as written in kubeconfig. */
export interface KubeUser {
  token?: string;
  tokenFile?: string;
  'client-certificate'?: string;
  'client-certificate-data'?: string;
  'client-key'?: string;
  'client-key-data'?: string;
  username?: string;
  password?: string;
  'auth-provider'?: AuthProviderConfig;
  exec?: ExecConfig;
  as?: string;
  'as-uid'?: string;
  'as-groups'?: string[];
  'as-user-extra'?: Record<string, string[]>;
}

export interface KubeContext {
  cluster?: string;
  user?: string;
  namespace?: string;
}

export type EntryKind = 'cluster' | 'user' | 'context';

/** A named entry with its origin; `fieldLines` gives the line of each field that was set. */
export interface Entry<T> {
  name: string;
  value: T;
  origin: Origin;
  fieldLines: Record<string, number>;
}

/**
 * Why a file was refused: over the size, node or line limit, aliases expanding past it, too deep,
 * or megabytes of double-quoted text that cannot be read cheaply (often an unclosed quote).
 */
export type RefusedKind = 'size' | 'nodes' | 'lines' | 'aliases' | 'depth' | 'quoted';

export type FileStatus = 'loaded' | 'missing' | 'unreadable' | 'invalid' | 'empty';

export interface KubeconfigFile {
  /** Absolute path, or `<input>` for content given inline. */
  path: string;
  /** The folder relative paths in this file resolve against. */
  dir: string;
  status: FileStatus;
  /** When the file was last written (ISO 8601): a kubeconfig rewritten minutes ago is evidence. */
  modifiedAt?: string;
  /** For unreadable / invalid: what went wrong (never file content). */
  error?: string;
  /** For invalid: a guard of ours refused the file (too big, alias bomb, too deep…), not a syntax error. */
  refused?: RefusedKind;
  position?: Position;
  clusters: Entry<KubeCluster>[];
  users: Entry<KubeUser>[];
  contexts: Entry<KubeContext>[];
  currentContext?: { name: string; line?: number };
  /** Placeholders copied from `kubectl config view` output (`REDACTED`, `DATA+OMITTED`). */
  redacted: { field: string; placeholder: string; line?: number }[];
  /** YAML keys given twice in one mapping; the last value wins, as in kubectl. */
  duplicateKeys: { key: string; line?: number }[];
}

export interface Shadowed<T> {
  kind: EntryKind;
  name: string;
  winner: Entry<T>;
  losers: Entry<T>[];
}

/** How the kubeconfig reached us. */
export type KubeconfigSource =
  | { kind: 'content'; encoding: 'yaml' | 'base64' }
  | { kind: 'paths'; given: string[] }
  | { kind: 'env'; given: string[] }
  | { kind: 'default'; given: string[] };

export interface MergedKubeconfig {
  source: KubeconfigSource;
  files: KubeconfigFile[];
  clusters: Map<string, Entry<KubeCluster>>;
  users: Map<string, Entry<KubeUser>>;
  contexts: Map<string, Entry<KubeContext>>;
  currentContext?: { name: string; origin: Origin };
  shadowed: Shadowed<KubeCluster | KubeUser | KubeContext>[];
}
