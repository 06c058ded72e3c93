import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'policy/invalid',
  title: 'The policy file is invalid and was not applied',
  severity: 'error',
  description:
    'The policy file (`.github/kube-preflight.yml`, or the one the `config` input names) has a ' +
    'problem: invalid YAML, an unknown key, a check id that does not exist, a severity or duration ' +
    'that cannot be read, or a suppression without a reason. A policy with any problem is not ' +
    'applied at all — no overrides, no suppressions, no defaults — so that a typo never hides a ' +
    'finding by accident. This finding cannot itself be suppressed.',
  remediation:
    'Fix the line named. The format: `defaults` (min-validity, warn-within, fail-on), `checks` ' +
    '(check id or glob → error | warning | notice | off) and `suppress` (a list of check, reason, ' +
    'optional context glob and until date YYYY-MM-DD); see the README.',
  run({ policy }) {
    const out: FindingDraft[] = [];
    for (const p of policy?.problems ?? []) {
      out.push({
        message: `Policy file ${policy?.path}${p.line ? `:${p.line}` : ''} ${p.message}. The policy was not applied.`,
        evidence: { file: policy?.path ?? '', line: p.line ?? null, problem: p.message },
        location: { file: policy?.file ?? '', ...(p.line ? { line: p.line } : {}) },
      });
    }
    return out;
  },
});
