import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/unreachable.js';
import { facts } from '../../helpers/facts.js';
import { endpoint, failed, live, liveTarget } from '../../helpers/live-facts.js';

const timeout = (addressClass: 'private' | 'public') =>
  liveTarget(
    failed(
      {
        kind: 'unreachable',
        reason: 'timeout',
        phase: 'connect',
        detail: 'connect to 10.0.0.4:443 did not complete within 9.5s',
      },
      {
        endpoint: endpoint({
          server: 'https://10.0.0.4',
          host: '10.0.0.4',
          port: 443,
          addresses: ['10.0.0.4'],
          addressClass,
        }),
      },
    ),
  );

describe('cluster/unreachable', () => {
  it('names the reason, the phase and the likely cause: a private endpoint from a hosted runner', () => {
    const [d, ...rest] = check.run(
      facts({
        targets: [timeout('private')],
        runner: { environment: 'github-hosted', proxyVariables: [] },
      }),
    );
    expect(rest).toEqual([]);
    expect(d?.message).toMatch(
      /^Context "prod": cannot reach the API server https:\/\/10\.0\.0\.4 \(timeout: connect to 10\.0\.0\.4:443 did not complete/,
    );
    expect(d?.message).toContain('private address, which a GitHub-hosted runner cannot reach');
    expect(d?.evidence).toMatchObject({
      reason: 'timeout',
      phase: 'connect',
      addressClass: 'private',
      likelyCause: 'private-endpoint',
    });
    expect(d?.remediation).toMatch(/self-hosted runner/);
  });

  it('blames an allow-list when a public address drops packets', () => {
    const [d] = check.run(facts({ targets: [timeout('public')] }));
    expect(d?.evidence?.likelyCause).toBe('firewall-drops');
    expect(d?.message).toContain('authorized-network list');
  });

  it.each([
    ['dns', 'placeholder-host', { host: 'kube.invalid' }],
    ['refused', 'local-tunnel-not-running', { addressClass: 'loopback' as const }],
    ['refused', 'port-closed', {}],
    ['protocol', 'plain-http-port', {}],
    ['proxy', 'proxy-refused', {}],
    ['reset', 'connection-reset', {}],
  ] as const)('reason %s → likely cause %s', (reason, cause, ep) => {
    const t = liveTarget(
      failed(
        { kind: 'unreachable', reason, phase: 'connect', detail: 'x' },
        { endpoint: endpoint(ep) },
      ),
    );
    expect(check.run(facts({ targets: [t] }))[0]?.evidence).toMatchObject({
      reason,
      likelyCause: cause,
    });
  });

  it('is silent when the server answered, when TLS failed, and offline', () => {
    const tls = liveTarget(failed({ kind: 'tls', problem: 'untrusted', detail: 'x' }));
    const offline = liveTarget({ skipped: 'offline', sent: [], access: [], calls: [] });
    expect(check.run(facts({ targets: [liveTarget(live()), tls, offline] }))).toEqual([]);
  });
});
