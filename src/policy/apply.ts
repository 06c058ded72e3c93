/** Applies a policy to the findings: severity overrides and suppressions. Pure. */
import type { Finding } from '../model/finding.js';
import { globMatch } from '../model/glob.js';
import { untilEnd, type Policy, type PolicyFacts } from './model.js';

/** A finding the policy hides from the verdict, with why (it stays in the report). */
export type SuppressedFinding = Finding & {
  suppressed: { reason: string; until?: string; file: string; line: number };
};

/** The policy's own findings and crashes are never changed by it. */
const exempt = (id: string) => id.startsWith('policy/') || id.startsWith('internal/');

function severityFor(policy: Policy, id: string): [Policy['severity'][string], string] | undefined {
  if (policy.severity[id]) return [policy.severity[id], id];
  const key = Object.keys(policy.severity).find((k) => globMatch(k, id));
  return key ? [policy.severity[key] as Policy['severity'][string], key] : undefined;
}

/**
 * `names(context)`: every name a suppression's context glob may match — in a multi-file audit both
 * `<file>:<context>` (as reported) and the context's own name.
 */
export function applyPolicy(
  findings: Finding[],
  facts: PolicyFacts | undefined,
  now: Date,
  names: (context: string) => string[] = (c) => [c],
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const policy = facts?.policy;
  if (!facts || !policy) return { findings, suppressed: [] };
  const active: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    if (exempt(f.id)) {
      active.push(f);
      continue;
    }
    const sev = severityFor(policy, f.id);
    if (sev?.[0] === 'off') {
      const line = policy.severityLines[sev[1]] ?? 0;
      const reason = `check turned off (checks: ${sev[1]}: off)`;
      suppressed.push({ ...f, suppressed: { reason, file: facts.path, line } });
      continue;
    }
    const finding = sev ? { ...f, severity: sev[0] } : f;
    const s = policy.suppressions.find(
      (x) =>
        globMatch(x.check, f.id) &&
        (!x.context ||
          (f.context !== undefined && names(f.context).some((n) => globMatch(x.context!, n)))) &&
        (!x.until || now.getTime() < untilEnd(x.until)),
    );
    if (!s) {
      active.push(finding);
      continue;
    }
    const by = { reason: s.reason, file: facts.path, line: s.line };
    suppressed.push({ ...finding, suppressed: s.until ? { ...by, until: s.until } : by });
  }
  return { findings: active, suppressed };
}
