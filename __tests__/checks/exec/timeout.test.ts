import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/timeout.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';

describe('exec/timeout', () => {
  it('reports how long the plugin ran and the end of its stderr', () => {
    const drafts = run(
      check,
      facts({
        targets: [
          execTarget({
            outcome: 'timeout',
            durationMs: 30012,
            detail: "the plugin did not finish before the run's time budget ran out",
            stderrExcerpt: 'Open https://device.example/ and enter code ABCD-EFGH',
          }),
        ],
      }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain('was stopped after 30.0s');
    expect(drafts[0]?.message).toContain('enter code');
    expect(drafts[0]?.remediation).toBeUndefined();
    expect(drafts[0]?.evidence).toMatchObject({ durationMs: 30012, stdoutHeldOpen: false });
  });

  it('explains a background process holding stdout open', () => {
    const drafts = run(
      check,
      facts({ targets: [execTarget({ outcome: 'timeout', cause: 'stdout-held-open' })] }),
    );
    expect(drafts[0]?.remediation).toContain('>/dev/null 2>&1 &');
    expect(drafts[0]?.evidence?.stdoutHeldOpen).toBe(true);
  });

  it('is silent when the plugin finished', () => {
    const targets = [execTarget(), execTarget({ outcome: 'failed' }), target()];
    expect(run(check, facts({ targets }))).toEqual([]);
  });
});
