/**
 * The checks, the policy and the report model: the engine loads them while the exec plugins run
 * and applies them once the facts are in.
 */
import { CHECKS } from './checks/index.js';
import { evaluate } from './evaluate.js';
import type { Facts } from './model/facts.js';
import { applyPolicy, type SuppressedFinding } from './policy/apply.js';
import type { Finding } from './model/finding.js';

export { buildReport } from './report/model.js';

export function judge(facts: Facts): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  return applyPolicy(evaluate(CHECKS, facts), facts.policy, facts.now);
}
