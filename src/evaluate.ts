/** Runs every check against the facts (no early exit) and completes their drafts into findings. */
import type { Check } from './model/check.js';
import type { Facts } from './model/facts.js';
import type { Finding } from './model/finding.js';
import { fillNames } from './model/fill-names.js';

export const CHECK_CRASHED = 'internal/check-crashed';

export function evaluate(checks: readonly Check[], facts: Facts): Finding[] {
  const findings: Finding[] = [];
  const byContext = new Map(facts.targets.map((t) => [t.contextName, t]));
  for (const check of checks) {
    try {
      for (const draft of check.run(facts)) {
        findings.push({
          id: check.id,
          severity: draft.severity ?? check.severity,
          title: check.title,
          message: draft.message,
          remediation: fillNames(
            draft.remediation ?? check.remediation,
            draft.context === undefined ? undefined : byContext.get(draft.context),
            !check.doubtsCloudNames,
          ),
          ...(draft.context !== undefined ? { context: draft.context } : {}),
          ...(draft.evidence ? { evidence: draft.evidence } : {}),
          ...(draft.location ? { location: draft.location } : {}),
        });
      }
    } catch (err) {
      // A bug in one check must not hide the others' findings, nor print a stack trace.
      findings.push({
        id: CHECK_CRASHED,
        severity: 'error',
        title: 'A kube-preflight check failed unexpectedly',
        message: `Check ${check.id} failed: ${(err as Error).message ?? String(err)}. Its result is unknown.`,
        remediation:
          'This is a bug in kube-preflight. Please report it with the JSON report attached (it contains no secrets).',
        evidence: { check: check.id },
      });
    }
  }
  return findings;
}
