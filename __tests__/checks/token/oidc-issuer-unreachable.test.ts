import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/oidc-issuer-unreachable.js';
import type { OidcConfig } from '../../../src/model/materials.js';
import { at, facts } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';
import { tokenFacts } from '../../helpers/token-facts.js';

const down = live({
  oidc: {
    discoveryUrl: 'https://idp.example/.well-known/openid-configuration',
    reachable: false,
    failure: {
      kind: 'unreachable',
      reason: 'timeout',
      phase: 'connect',
      detail: 'the TCP connection to idp.example:443 did not complete within 9s',
    },
  },
});
const oidc = (partial: Partial<OidcConfig>): OidcConfig => ({
  issuer: 'https://idp.example',
  from: 'auth-provider',
  refreshToken: true,
  ...partial,
});

describe('token/oidc-issuer-unreachable', () => {
  it('is an error when the id-token must be refreshed now and the issuer is out of reach', () => {
    const t = liveTarget(down, { oidc: oidc({ idToken: tokenFacts({ expiresAt: at(-60) }) }) });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain(
      'the OIDC issuer https://idp.example cannot be reached from this runner (https://idp.example/.well-known/openid-configuration: the TCP connection to idp.example:443 did not complete within 9s)',
    );
    expect(d?.message).toContain('so this run cannot get a valid token');
    expect(d?.evidence).toMatchObject({ from: 'auth-provider', reason: 'timeout' });
  });

  it('warns when the token is still good for a while', () => {
    const t = liveTarget(down, {
      oidc: oidc({ idToken: tokenFacts({ expiresAt: at(3 * 3600) }) }),
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('the next renewal will fail from this runner');
  });

  it('is only a notice for a bare ID token (the API server, not the runner, talks to the issuer)', () => {
    const t = liveTarget(down, { oidc: oidc({ from: 'token', refreshToken: false }) });
    expect(check.run(facts({ targets: [t] }))[0]?.severity).toBe('notice');
  });

  it('is silent when the issuer answered or was not probed', () => {
    const up = live({
      oidc: {
        discoveryUrl: 'https://idp.example/.well-known/openid-configuration',
        reachable: true,
        status: 200,
      },
    });
    expect(
      check.run(
        facts({
          targets: [liveTarget(up, { oidc: oidc({}) }), liveTarget(live(), { oidc: oidc({}) })],
        }),
      ),
    ).toEqual([]);
  });
});
