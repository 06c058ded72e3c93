import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cert/client-not-yet-valid.js';
import { at, facts, NOW } from '../../helpers/facts.js';
import { certFacts, certTarget } from '../../helpers/cert-facts.js';

describe('cert/client-not-yet-valid', () => {
  it('reports a certificate that starts in the future and names the runner clock', () => {
    const [d] = check.run(facts({ targets: [certTarget([certFacts({ notBefore: at(3600) })])] }));
    expect(d?.message).toContain('not valid until');
    expect(d?.message).toContain(`the runner clock reads ${NOW.toISOString()}`);
    expect(d?.evidence).toMatchObject({ runnerClock: NOW.toISOString() });
    expect(check.remediation).toContain('timedatectl');
  });

  it('is silent for certificates already valid', () => {
    expect(check.run(facts({ targets: [certTarget([certFacts({ notBefore: at(-1) })])] }))).toEqual(
      [],
    );
  });
});
