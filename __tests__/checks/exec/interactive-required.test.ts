import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/interactive-required.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';

describe('exec/interactive-required', () => {
  it('fires for interactiveMode Always, quoting client-go', () => {
    const detail = 'exec plugin cannot support interactive mode: standard input is not a terminal';
    const drafts = run(
      check,
      facts({
        targets: [
          execTarget({
            outcome: 'interactive-required',
            command: 'kubectl',
            interactiveMode: 'Always',
            detail,
          }),
        ],
      }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain('interactiveMode: Always');
    expect(drafts[0]?.message).toContain(detail);
    expect(drafts[0]?.evidence).toMatchObject({ user: 'ci-user', interactiveMode: 'Always' });
    expect(drafts[0]?.context).toBe('prod');
  });

  it('is silent for IfAvailable and Never plugins that ran', () => {
    const targets = [
      execTarget({ interactiveMode: 'IfAvailable' }),
      execTarget({ interactiveMode: 'Never', outcome: 'failed' }),
      target(),
    ];
    expect(run(check, facts({ targets }))).toEqual([]);
  });
});
