import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/credential-expired.js';
import { execTarget } from '../../helpers/exec.js';
import { at, facts, run, target } from '../../helpers/facts.js';

const withExpiry = (seconds: number, outcome: 'ok' | 'failed' = 'ok') =>
  execTarget({ outcome, credential: { expirationTimestamp: at(seconds) } });

describe('exec/credential-expired', () => {
  it('is an error when the plugin returns an already expired credential', () => {
    const drafts = run(check, facts({ targets: [withExpiry(-3600)] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.severity).toBeUndefined();
    expect(drafts[0]?.message).toContain('expired 1h ago');
    expect(drafts[0]?.evidence).toMatchObject({
      expirationTimestamp: at(-3600),
      secondsLeft: -3600,
    });
  });

  it('is silent for a short-lived credential (kubectl re-runs the plugin), without expiry, or when the plugin failed', () => {
    const targets = [
      withExpiry(14 * 60),
      withExpiry(30),
      withExpiry(16 * 60),
      withExpiry(3 * 86400),
      execTarget({ credential: {} }),
      withExpiry(-60, 'failed'),
      target(),
    ];
    expect(run(check, facts({ targets }))).toEqual([]);
  });
});
