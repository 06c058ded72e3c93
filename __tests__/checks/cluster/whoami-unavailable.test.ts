import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/whoami-unavailable.js';
import { facts, SETTINGS } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

const old = live({
  version: { gitVersion: 'v1.25.16', major: 1, minor: 25 },
  whoami: { ok: false, why: 'not-served', status: { code: 404 } },
});

describe('cluster/whoami-unavailable', () => {
  it('notes a cluster that serves no SelfSubjectReview version', () => {
    const [d] = check.run(facts({ targets: [liveTarget(old)] }));
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toContain('the API server (v1.25.16) does not serve SelfSubjectReview');
    expect(d?.evidence).toMatchObject({ why: 'not-served', serverVersion: 'v1.25.16' });
  });

  it('is a warning when expect-identity relies on it', () => {
    const [d] = check.run(
      facts({ targets: [liveTarget(old)], settings: { ...SETTINGS, expectIdentity: ['ci'] } }),
    );
    expect(d?.severity).toBe('warning');
  });

  it('leaves 401 and 403 to their own checks', () => {
    const forbidden = live({ whoami: { ok: false, why: 'forbidden', status: { code: 403 } } });
    expect(check.run(facts({ targets: [liveTarget(forbidden), liveTarget(live())] }))).toEqual([]);
  });
});
