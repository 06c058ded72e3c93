import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/clock-skew.js';
import { facts } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

const skewed = (
  skewSeconds: number,
  sent: ('client-certificate' | 'bearer-token')[] = ['client-certificate'],
) =>
  liveTarget(
    live({
      sent,
      clock: { serverDate: '2026-11-24T12:10:00.000Z', skewSeconds, uncertaintySeconds: 0.6 },
    }),
  );

describe('cluster/clock-skew', () => {
  it('warns when the clocks are more than a minute apart', () => {
    const [d] = check.run(facts({ targets: [skewed(-600)] }));
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      `Context "prod": the API server's clock is 10m behind the runner's (server Date 2026-11-24T12:10:00.000Z, ±0.6s).`,
    );
    expect(d?.evidence).toMatchObject({ skewSeconds: -600, uncertaintySeconds: 0.6 });
  });

  it('is an error past 5 minutes when a bearer token is in use', () => {
    const [d] = check.run(facts({ targets: [skewed(400, ['bearer-token'])] }));
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('ahead of');
  });

  it('ignores skew within a minute plus the measurement error', () => {
    expect(check.run(facts({ targets: [skewed(60), skewed(-30), liveTarget(live())] }))).toEqual(
      [],
    );
  });
});
