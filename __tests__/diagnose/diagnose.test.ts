import { describe, expect, it } from '@jest/globals';
import { diagnose, diagnoseTarget } from '../../src/diagnose/index.js';
import { at, facts } from '../helpers/facts.js';
import { certFacts } from '../helpers/cert-facts.js';
import { access, endpoint, failed, live, liveTarget } from '../helpers/live-facts.js';

describe('diagnose', () => {
  it('diagnoses only the first failing stage, and nothing for a healthy or offline target', () => {
    const healthy = liveTarget(live());
    const offline = liveTarget({ skipped: 'offline', sent: [], access: [], calls: [] });
    const down = liveTarget(
      failed(
        { kind: 'unreachable', reason: 'refused', phase: 'connect', detail: 'x' },
        { endpoint: endpoint({ addressClass: 'loopback' }) },
      ),
    );
    const out = diagnose(facts({ targets: [healthy, offline, down] }));
    expect(out.map((d) => [d.problem, d.causes[0]?.id])).toEqual([
      ['unreachable', 'local-tunnel-not-running'],
    ]);
  });

  it('orders causes by score and gives every cause evidence, a way to settle it and a fix', () => {
    const presented = [
      certFacts({ subject: 'CN=kube-apiserver', issuer: 'CN=Proxy CA', notBefore: at(-600) }),
    ];
    const t = liveTarget(
      failed(
        {
          kind: 'tls',
          problem: 'untrusted',
          detail: 'x',
          presented,
          anchoredInKubeconfigCa: false,
        },
        { endpoint: endpoint({ proxy: { url: 'http://127.0.0.1:3128', source: 'proxy-url' } }) },
      ),
      {
        ca: {
          ok: true,
          value: [certFacts({ subject: 'CN=kubernetes', isCA: true })],
          source: { field: 'certificate-authority-data', kind: 'data', origin: { file: '/k' } },
        },
      },
    );
    const d = diagnoseTarget(t, facts({ targets: [t] }));
    const scores = d?.causes.map((c) => c.score) ?? [];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(d?.causes.map((c) => c.id)).toEqual(['tls-intercepting-proxy', 'stale-ca']);
    for (const c of d?.causes ?? []) {
      expect(c.evidence.length).toBeGreaterThan(0);
      expect(c.settle.length).toBeGreaterThan(10);
      expect(c.fix.length).toBeGreaterThan(10);
    }
  });

  it('explains a denied permission by a binding to a missing role', () => {
    const t = liveTarget(
      live({
        access: [
          access('create deployments', {
            allowed: false,
            reason: 'RBAC: role.rbac.authorization.k8s.io "deployer" not found',
          }),
        ],
      }),
    );
    const d = diagnoseTarget(t, facts({ targets: [t] }));
    expect(d?.problem).toBe('forbidden');
    expect(d?.causes[0]).toMatchObject({ id: 'binding-to-missing-role', likelihood: 'high' });
    expect(d?.causes[0]?.title).toContain('points at Role "deployer", which does not exist');
  });
});
