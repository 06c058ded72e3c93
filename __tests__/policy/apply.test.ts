import { describe, expect, it } from '@jest/globals';
import { applyPolicy } from '../../src/policy/apply.js';
import type { Policy, PolicyFacts } from '../../src/policy/model.js';
import { NOW } from '../helpers/facts.js';
import { finding } from '../helpers/report.js';

const FILE = '.github/kube-preflight.yml';
const facts = (p: Partial<Policy>): PolicyFacts => ({
  path: FILE,
  file: `/w/${FILE}`,
  problems: [],
  policy: { severity: {}, severityLines: {}, suppressions: [], defaults: {}, ...p },
});
const expired = finding({ id: 'cert/client-expired', context: 'prod' });
const insecure = finding({
  id: 'kubeconfig/insecure-skip-tls-verify',
  severity: 'warning',
  context: 'staging-eu',
});

describe('applyPolicy', () => {
  it('changes severities (exact id first, then a glob) and keeps the rest', () => {
    const p = facts({ severity: { 'kubeconfig/*': 'notice', 'cert/client-expired': 'warning' } });
    const r = applyPolicy([expired, insecure], p, NOW);
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ['cert/client-expired', 'warning'],
      ['kubeconfig/insecure-skip-tls-verify', 'notice'],
    ]);
    expect(r.suppressed).toEqual([]);
  });

  it('a check turned off: its findings move to suppressed, with the line that did it', () => {
    const p = facts({ severity: { 'kubeconfig/*': 'off' }, severityLines: { 'kubeconfig/*': 4 } });
    const r = applyPolicy([expired, insecure], p, NOW);
    expect(r.findings).toEqual([expired]);
    expect(r.suppressed).toEqual([
      {
        ...insecure,
        suppressed: { reason: 'check turned off (checks: kubeconfig/*: off)', file: FILE, line: 4 },
      },
    ]);
  });

  it('a suppression matches the check (glob) and the context (glob), until the end of its day', () => {
    const s = {
      check: 'kubeconfig/insecure-*',
      context: 'staging-*',
      reason: 'self-signed in staging',
      line: 9,
    };
    const until = (day: string) =>
      applyPolicy([expired, insecure], facts({ suppressions: [{ ...s, until: day }] }), NOW);
    expect(until('2026-11-24').suppressed).toEqual([
      {
        ...insecure,
        suppressed: { reason: 'self-signed in staging', until: '2026-11-24', file: FILE, line: 9 },
      },
    ]);
    expect(until('2026-11-23').suppressed).toEqual([]);
    expect(until('2026-11-23').findings).toEqual([expired, insecure]);
    const otherContext = applyPolicy(
      [insecure],
      facts({ suppressions: [{ ...s, context: 'prod*' }] }),
      NOW,
    );
    expect(otherContext.suppressed).toEqual([]);
    const noContext = applyPolicy(
      [{ ...insecure, context: undefined }],
      facts({ suppressions: [s] }),
      NOW,
    );
    expect(noContext.suppressed).toEqual([]);
  });

  it('never touches the policy’s own findings or a crashed check; no policy, nothing changes', () => {
    const own = [finding({ id: 'policy/invalid' }), finding({ id: 'internal/check-crashed' })];
    const p = facts({
      severity: { '*': 'off' },
      suppressions: [{ check: '*', reason: 'all', line: 1 }],
    });
    expect(applyPolicy(own, p, NOW).findings).toEqual(own);
    expect(applyPolicy([expired], undefined, NOW)).toEqual({ findings: [expired], suppressed: [] });
    const invalid: PolicyFacts = { path: FILE, file: `/w/${FILE}`, problems: [{ message: 'x' }] };
    expect(applyPolicy([expired], invalid, NOW).findings).toEqual([expired]);
  });
});
