/** Findings: what a check reports. Every field is mask-safe by construction (no secret values). */

export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Mask-safe evidence: fingerprints, subjects, ARNs, expiry times, files and lines. */
export type EvidenceValue = string | number | boolean | null | string[];
export type Evidence = Record<string, EvidenceValue>;

/** Where a finding points in a file, for annotations. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** What a check's run() returns; evaluate() completes it with the check's id, title and defaults. */
export interface FindingDraft {
  message: string;
  /** Overrides the check's default severity (e.g. "expiring" is an error inside min-validity). */
  severity?: Severity;
  /** Replaces the check's generic remediation when a more exact fix is known. */
  remediation?: string;
  context?: string;
  evidence?: Evidence;
  location?: Location;
}

export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  message: string;
  remediation: string;
  context?: string;
  evidence?: Evidence;
  location?: Location;
}

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id);
}
