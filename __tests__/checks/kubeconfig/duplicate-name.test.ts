import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/duplicate-name.js';
import { emptyFile, entry, facts, merged, run } from '../../helpers/facts.js';

describe('kubeconfig/duplicate-name', () => {
  it('reports each name defined twice in one file with its lines', () => {
    const f = {
      ...emptyFile('/k/config'),
      status: 'invalid' as const,
      users: [entry('ci', {}, 8, '/k/config'), entry('ci', {}, 20, '/k/config')],
      contexts: [
        entry('x', {}, 2, '/k/config'),
        entry('x', {}, 4, '/k/config'),
        entry('x', {}, 6, '/k/config'),
      ],
    };
    const drafts = run(check, facts({ kubeconfig: merged({ files: [f] }) }));
    expect(drafts.map((d) => d.message)).toEqual([
      'user "ci" is defined 2 times in /k/config (lines 8, 20); kubectl refuses to load the file: duplicate name "ci" in list.',
      'context "x" is defined 3 times in /k/config (lines 2, 4, 6); kubectl refuses to load the file: duplicate name "x" in list.',
    ]);
    expect(drafts[0]?.location).toEqual({ file: '/k/config', line: 20 });
    expect(drafts[1]?.evidence?.lines).toEqual(['2', '4', '6']);
  });

  it('is silent for the same name in different files (that is shadowing) and for unique names', () => {
    const a = { ...emptyFile('/a'), clusters: [entry('c', {}, 2, '/a'), entry('d', {}, 4, '/a')] };
    const b = { ...emptyFile('/b'), clusters: [entry('c', {}, 2, '/b')] };
    expect(run(check, facts({ kubeconfig: merged({ files: [a, b] }) }))).toEqual([]);
  });
});
