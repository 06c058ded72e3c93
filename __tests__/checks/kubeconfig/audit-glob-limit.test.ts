import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/audit-glob-limit.js';
import { facts, run } from '../../helpers/facts.js';

describe('kubeconfig/audit-glob-limit', () => {
  it('warns once per glob a bound cut short, saying which bound', () => {
    const globLimits = [
      { pattern: '/**', stopped: 'entries' as const, max: 100_000 },
      { pattern: 'fleet/*.yaml', stopped: 'files' as const, max: 10_000 },
      { pattern: 'deep/**/config', stopped: 'depth' as const, max: 12 },
    ];
    const found = run(check, facts({ audit: { contexts: [], globLimits } }));
    expect(found.map((f) => f.message)).toEqual([
      'The pattern "/**" stopped after reading 100,000 directory entries; kubeconfig files past that point were not audited.',
      'The pattern "fleet/*.yaml" matched more than 10,000 files; kubeconfig files past that point were not audited.',
      'The pattern "deep/**/config" reaches more than 12 directory levels below its first wildcard; kubeconfig files past that point were not audited.',
    ]);
    expect(found[0]?.evidence).toEqual({ pattern: '/**', stopped: 'entries', max: 100_000 });
  });

  it('is silent when every glob was walked whole, and outside audits', () => {
    expect(run(check, facts({ audit: { contexts: [] } }))).toEqual([]);
    expect(run(check, facts({ audit: { contexts: [], globLimits: [] } }))).toEqual([]);
    expect(run(check, facts({}))).toEqual([]);
  });
});
