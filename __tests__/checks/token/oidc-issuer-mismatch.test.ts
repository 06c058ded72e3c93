import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/token/oidc-issuer-mismatch.js';
import { facts } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

const probe = (documentIssuer?: string) =>
  live({
    oidc: {
      discoveryUrl: 'https://idp.example/.well-known/openid-configuration',
      reachable: true,
      status: 200,
      ...(documentIssuer ? { documentIssuer } : {}),
    },
  });

describe('token/oidc-issuer-mismatch', () => {
  it('reports an issuer that announces itself differently (a trailing slash counts)', () => {
    const t = liveTarget(probe('https://idp.example/'), {
      oidc: { issuer: 'https://idp.example', from: 'auth-provider', refreshToken: false },
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toBe(
      'Context "prod": the discovery document at https://idp.example/.well-known/openid-configuration names the issuer "https://idp.example/", but the kubeconfig says "https://idp.example".',
    );
    expect(d?.evidence).toEqual({
      configured: 'https://idp.example',
      announced: 'https://idp.example/',
      from: 'auth-provider',
    });
  });

  it('is silent when they agree', () => {
    const t = liveTarget(probe(), {
      oidc: { issuer: 'https://idp.example', from: 'token', refreshToken: false },
    });
    expect(check.run(facts({ targets: [t] }))).toEqual([]);
  });
});
