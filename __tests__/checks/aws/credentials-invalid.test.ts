import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/aws/credentials-invalid.js';
import { facts } from '../../helpers/facts.js';
import { awsFacts, awsTarget } from '../../helpers/aws-facts.js';
import { live } from '../../helpers/live-facts.js';

const rejected = (code: string) =>
  awsFacts({
    caller: {
      ok: false,
      code,
      message: 'The security token included in the request is invalid.',
      status: 403,
    },
  });

describe('aws/credentials-invalid', () => {
  it('reports an unknown access key with its source', () => {
    const [d] = check.run(facts({ targets: [awsTarget(rejected('InvalidClientTokenId'))] }));
    expect(d?.message).toBe(
      'Context "prod": AWS STS rejected the runner\'s credentials (InvalidClientTokenId: The security token included in the request is invalid.).',
    );
    expect(d?.evidence).toMatchObject({
      code: 'InvalidClientTokenId',
      source: 'web-identity',
      accessKeyPrefix: 'ASIA',
    });
  });

  it('points at the clock when a signature fails on a skewed runner', () => {
    const t = awsTarget(rejected('SignatureDoesNotMatch'), {
      live: live({ clock: { serverDate: '', skewSeconds: -420, uncertaintySeconds: 1 } }),
    });
    expect(check.run(facts({ targets: [t] }))[0]?.message).toContain(
      "The runner's clock is -420s off",
    );
  });

  it('leaves expired sessions and network failures to their own checks', () => {
    const expired = awsFacts({ caller: { ok: false, code: 'ExpiredToken', message: 'x' } });
    const down = awsFacts({ caller: { ok: false, code: 'ECONNREFUSED', message: 'x' } });
    expect(
      check.run(facts({ targets: [awsTarget(expired), awsTarget(down), awsTarget(awsFacts())] })),
    ).toEqual([]);
  });
});
