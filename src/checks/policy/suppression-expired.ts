import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { untilEnd } from '../../policy/model.js';

export default defineCheck({
  id: 'policy/suppression-expired',
  title: 'A suppression in the policy file has expired',
  severity: 'notice',
  description:
    'A `suppress` entry’s `until` date has passed, so the findings it hid are reported again. ' +
    'Suppressions expire on purpose: each one is a decision to re-check.',
  remediation:
    'Fix what the suppression hid, or, if the reason still holds, move `until` forward (and say ' +
    'why in `reason`). Remove the entry when it is no longer needed.',
  run({ policy, now }) {
    const out: FindingDraft[] = [];
    for (const s of policy?.policy?.suppressions ?? []) {
      if (!s.until || now.getTime() < untilEnd(s.until)) continue;
      out.push({
        message: `The suppression of ${s.check}${s.context ? ` in contexts ${s.context}` : ''} (${policy?.path}:${s.line}) held until ${s.until}; its findings are reported again. Its reason was: ${s.reason}`,
        evidence: { check: s.check, context: s.context ?? null, until: s.until, reason: s.reason },
        location: { file: policy?.file ?? '', line: s.line },
      });
    }
    return out;
  },
});
