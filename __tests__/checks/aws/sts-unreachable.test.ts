import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/aws/sts-unreachable.js';
import { facts } from '../../helpers/facts.js';
import { awsFacts, awsTarget } from '../../helpers/aws-facts.js';

describe('aws/sts-unreachable', () => {
  it('reports a network failure or a throttled STS', () => {
    const down = awsTarget(
      awsFacts({
        caller: { ok: false, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' },
      }),
    );
    expect(check.run(facts({ targets: [down] }))[0]?.message).toBe(
      'Context "prod": GetCallerIdentity in eu-west-1 failed (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1).',
    );
    const throttled = awsTarget(
      awsFacts({
        caller: { ok: false, code: 'Throttling', message: 'Rate exceeded', status: 400 },
      }),
    );
    expect(check.run(facts({ targets: [throttled] }))[0]?.evidence).toMatchObject({
      code: 'Throttling',
      status: 400,
    });
  });

  it('is silent for credential problems and successes', () => {
    const invalid = awsTarget(
      awsFacts({ caller: { ok: false, code: 'InvalidClientTokenId', message: 'x' } }),
    );
    expect(check.run(facts({ targets: [invalid, awsTarget(awsFacts())] }))).toEqual([]);
  });
});
