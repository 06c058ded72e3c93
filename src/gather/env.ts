/** What gathering may touch: the process environment, the clock, the mask and the time budget. */

export interface GatherEnv {
  /** Environment variables (KUBECONFIG, HOME, PATH, …); exec plugins inherit them. */
  env: Record<string, string | undefined>;
  cwd: string;
  homeDir: string;
  /** The clock; tests inject a fixed one. */
  now: () => Date;
  /** Registers a secret value the moment it is read (core.setSecret in the action). */
  mask: (secret: string) => void;
  /** Aborts when the run's `timeout` is spent. */
  signal: AbortSignal;
  /** Epoch ms by which gathering must be done. */
  deadline: number;
  /**
   * Called (maybe more than once) when a context's exec plugin has been started: the entry point
   * may now load what it needs later without delaying the plugin's start.
   */
  started?: () => void;
}
