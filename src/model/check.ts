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
  run(facts: Facts): FindingDraft[];
}

export function defineCheck(check: Check): Check {
  return check;
}
