import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/oidc-audience-mismatch.js';
import { facts, target } from '../../helpers/facts.js';
import { tokenFacts } from '../../helpers/token-facts.js';

const withAud = (audience: string[], clientId = 'kubernetes') =>
  target({
    contextName: 'prod',
    oidc: {
      issuer: 'https://idp.example',
      from: 'auth-provider',
      clientId,
      refreshToken: true,
      idToken: tokenFacts({ audience }),
    },
  });

describe('token/oidc-audience-mismatch', () => {
  it('reports an ID token issued for another client', () => {
    const [d] = check.run(facts({ targets: [withAud(['grafana'])] }));
    expect(d?.message).toBe(
      'Context "prod": the ID token from https://idp.example has audience "grafana", which does not include the client ID "kubernetes".',
    );
    expect(d?.evidence).toMatchObject({ clientId: 'kubernetes', audience: ['grafana'] });
  });

  it('accepts a token whose audience holds the client ID, and says nothing without one', () => {
    expect(check.run(facts({ targets: [withAud(['grafana', 'kubernetes'])] }))).toEqual([]);
    const noClient = target({
      oidc: { issuer: 'https://idp.example', from: 'token', refreshToken: false },
    });
    expect(check.run(facts({ targets: [noClient] }))).toEqual([]);
  });
});
