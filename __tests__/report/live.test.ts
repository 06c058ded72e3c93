import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate.js';
import { CHECKS } from '../../src/checks/index.js';
import { diagnoseTarget } from '../../src/diagnose/index.js';
import { liveReport } from '../../src/report/live.js';
import { buildReport } from '../../src/report/model.js';
import { renderOutputs } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { facts } from '../helpers/facts.js';
import { access, failed, live, liveTarget, user } from '../helpers/live-facts.js';
import { schemaErrors } from '../helpers/schema.js';

function report(...targets: ReturnType<typeof liveTarget>[]) {
  const f = facts({ targets });
  return buildReport(evaluate(CHECKS, f), f, '0.0.0');
}

describe('live report', () => {
  it('carries identity, groups, version, skew and permissions into the report and outputs', () => {
    const l = live({
      whoami: {
        ok: true,
        apiVersion: 'v1',
        user: user({ extra: { arn: ['arn:aws:iam::1:role/x'] } }),
      },
      clock: { serverDate: '2026-11-24T12:00:03.000Z', skewSeconds: 3, uncertaintySeconds: 0.5 },
      access: [
        access('get pods -n prod'),
        access('delete pods -n prod', { allowed: false, reason: 'no' }),
      ],
      durationMs: 12,
    });
    const r = report(liveTarget(l));
    expect(schemaErrors(r)).toEqual([]);
    expect(r).toMatchObject({
      identity: 'ci-deployer',
      groups: ['deployers', 'system:authenticated'],
      serverVersion: 'v1.37.2',
      clockSkewSeconds: 3,
    });
    expect(r.contexts[0]?.live).toMatchObject({
      status: 'forbidden',
      permissions: [
        { require: 'get pods -n prod', allowed: true },
        { require: 'delete pods -n prod', allowed: false, reason: 'no' },
      ],
    });
    expect(renderOutputs(r, '/r.json')).toMatchObject({
      identity: 'ci-deployer',
      groups: 'deployers,system:authenticated',
      'server-version': 'v1.37.2',
      'clock-skew-seconds': '3',
    });
    const md = renderSummary(r);
    expect(md).toContain('### Live check — context `prod`');
    expect(md).toContain(
      '| https://203.0.113.10:6443 | v1.37.2 | `ci-deployer` | `deployers` `system:authenticated` | +3s | 12 ms |',
    );
    expect(md).toContain('Extra user info: arn=arn:aws:iam::1:role/x');
    expect(md).toContain(
      '| `delete pods -n prod` | delete pods in namespace "prod" | ❌ no | no |',
    );
    expect(md).toContain('### Why it failed — 403 Forbidden (context `prod`)');
    expect(renderTerminal(r, false)).toMatch(/can-i {5}no {2}delete pods -n prod \(no\)/);
  });

  it('renders the ranked causes with evidence, what would settle them and the fix', () => {
    const t = liveTarget(
      failed(
        {
          kind: 'unreachable',
          reason: 'refused',
          phase: 'connect',
          detail: 'connection to 127.0.0.1:1 refused',
        },
        {
          endpoint: {
            server: 'https://127.0.0.1:1',
            host: '127.0.0.1',
            port: 1,
            addresses: ['127.0.0.1'],
            addressClass: 'loopback',
            insecure: false,
          },
        },
      ),
    );
    const r = report(t);
    expect(schemaErrors(r)).toEqual([]);
    expect(r.contexts[0]?.live?.status).toBe('unreachable');
    const md = renderSummary(r);
    expect(md).toContain(
      '### Why it failed — the API server could not be reached (context `prod`)',
    );
    expect(md).toMatch(/1\. \*\*High\*\* — Nothing listens on 127\.0\.0\.1:1 on this runner/);
    expect(md).toContain('   - _Would settle it:_ Which step should start the local endpoint');
    expect(md).toContain('   - _Fix:_ Start the tunnel or local cluster');
  });

  it('says why nothing was sent: an unusable credential, or a TLS setting kubectl refuses', () => {
    const unusable = liveTarget(
      live({ unusable: 'the exec plugin gave no credential (failed)', sent: [] }),
    );
    expect(liveReport(unusable, undefined)).toMatchObject({
      status: 'not-sent',
      note: 'no request with credentials was made: the exec plugin gave no credential (failed)',
    });
    const refused = liveTarget(
      live({
        transport: {
          ok: false,
          failure: {
            kind: 'client-config',
            detail: 'insecure-skip-tls-verify is set together with a CA.',
          },
        },
      }),
    );
    expect(diagnoseTarget(refused, facts({ targets: [refused] }))).toBeUndefined();
    expect(liveReport(refused, undefined)).toMatchObject({
      status: 'not-sent',
      note: 'no request was made, as kubectl would refuse too: insecure-skip-tls-verify is set together with a CA.',
    });
    expect(
      liveReport(liveTarget({ skipped: 'offline', sent: [], access: [], calls: [] }), undefined),
    ).toEqual({ status: 'skipped', note: 'offline', sent: [], permissions: [] });
  });
});
