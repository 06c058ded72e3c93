import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/aws/credentials-expired.js';
import { at, facts } from '../../helpers/facts.js';
import { awsFacts, awsTarget } from '../../helpers/aws-facts.js';

describe('aws/credentials-expired', () => {
  it.each([
    [
      'STS says ExpiredToken',
      awsFacts({
        caller: {
          ok: false,
          code: 'ExpiredToken',
          message: 'The security token included in the request is expired',
        },
      }),
      'STS answered ExpiredToken',
    ],
    [
      'the expiry is past',
      awsFacts({
        credentials: {
          ok: true,
          value: {
            source: 'environment',
            accessKeyPrefix: 'ASIA',
            temporary: true,
            expiresAt: at(-60),
          },
        },
      }),
      `they expired at ${at(-60)}`,
    ],
    [
      'the SSO session ended',
      awsFacts({
        credentials: {
          ok: false,
          why: 'error',
          detail:
            'The SSO session associated with this profile has expired or is otherwise invalid',
        },
      }),
      'The SSO session associated',
    ],
  ])('when %s', (_, aws, why) => {
    const [d] = check.run(facts({ targets: [awsTarget(aws)] }));
    expect(d?.message).toContain(why);
  });

  it('is silent for a live session', () => {
    const fresh = awsFacts({
      credentials: {
        ok: true,
        value: {
          source: 'environment',
          accessKeyPrefix: 'ASIA',
          temporary: true,
          expiresAt: at(3600),
        },
      },
    });
    expect(check.run(facts({ targets: [awsTarget(fresh)] }))).toEqual([]);
  });
});
