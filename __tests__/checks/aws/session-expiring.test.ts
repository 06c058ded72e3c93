import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/aws/session-expiring.js';
import { at, facts } from '../../helpers/facts.js';
import { awsFacts, awsTarget } from '../../helpers/aws-facts.js';

const ending = (seconds: number) =>
  awsTarget(
    awsFacts({
      credentials: {
        ok: true,
        value: {
          source: 'web-identity',
          accessKeyPrefix: 'ASIA',
          temporary: true,
          expiresAt: at(seconds),
        },
      },
    }),
  );

describe('aws/session-expiring', () => {
  it('fails a session that ends inside min-validity', () => {
    const [d] = check.run(facts({ targets: [ending(9 * 60)] }));
    expect(d?.message).toBe(
      `Context "prod": the runner's AWS session (from web-identity) expires in 9m (${at(540)}), inside min-validity 15m.`,
    );
    expect(d?.evidence).toMatchObject({ secondsLeft: 540 });
  });

  it('is silent for long sessions, expired ones (another check) and long-lived keys', () => {
    const keys = awsTarget(
      awsFacts({
        credentials: {
          ok: true,
          value: { source: 'environment', accessKeyPrefix: 'AKIA', temporary: false },
        },
      }),
    );
    expect(check.run(facts({ targets: [ending(3600), ending(-5), keys] }))).toEqual([]);
  });
});
