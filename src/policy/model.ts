/** The policy file (`.github/kube-preflight.yml` or the `config` input): its parsed form. */
import type { FailOn } from '../config.js';
import type { Severity } from '../model/finding.js';

export const DEFAULT_POLICY_PATH = '.github/kube-preflight.yml';

/** A policy file larger than this is refused, unread (the loader) or unparsed (the parser). */
export const MAX_POLICY_BYTES = 256 * 1024;
export const TOO_LARGE = `is larger than ${MAX_POLICY_BYTES / 1024} KiB`;

export interface Suppression {
  /** A check id, or a glob over ids (`eks/aws-auth-*`). */
  check: string;
  /** A glob over context names; every context when absent. */
  context?: string;
  reason: string;
  /** Last day (UTC, YYYY-MM-DD) the suppression holds. */
  until?: string;
  line: number;
}

export interface Policy {
  /** Per-check severity; `off` suppresses every finding of the check. */
  severity: Record<string, Severity | 'off'>;
  severityLines: Record<string, number>;
  suppressions: Suppression[];
  defaults: { minValidity?: string; warnWithin?: string; failOn?: FailOn };
}

export interface PolicyProblem {
  line?: number;
  message: string;
}

/** What was read: the file, and the policy when it has no problems (otherwise none is applied). */
export interface PolicyFacts {
  /** As given or found (workspace-relative when it is the default). */
  path: string;
  /** Absolute, for annotations on the file. */
  file: string;
  policy?: Policy;
  problems: PolicyProblem[];
}

/** The end of a suppression's last day: it holds while now < this. */
export const untilEnd = (until: string): number => Date.parse(`${until}T00:00:00Z`) + 86_400_000;
