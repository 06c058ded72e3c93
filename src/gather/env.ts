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
}
