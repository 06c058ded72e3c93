import type { Facts } from './facts.js';
import type { FindingDraft, Severity } from './finding.js';

/** One rule. Pure: reads facts, returns drafts; no I/O, no clock, no @actions/core. */
export interface Check {
  /** `<area>/<name>`, equal to the file path under src/checks/. */
  id: string;
  title: string;
  severity: Severity;
  /** What the check looks for and why it matters (rendered into docs/checks.md and `explain`). */
  description: string;
  /** The generic fix; a draft may give a more exact one. */
  remediation: string;
  /**
   * The finding says the context's cloud names (EKS cluster, region) are wrong: its fix keeps
   * their placeholders instead of repeating them (model/fill-names.ts).
   */
  doubtsCloudNames?: boolean;
  run(facts: Facts): FindingDraft[];
}

export function defineCheck(check: Check): Check {
  return check;
}
