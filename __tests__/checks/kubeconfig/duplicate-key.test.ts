import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/duplicate-key.js';
import { emptyFile, facts, merged, run } from '../../helpers/facts.js';

describe('kubeconfig/duplicate-key', () => {
  it('warns for each repeated key, naming the path and the line that wins', () => {
    const f = {
      ...emptyFile('/k/config'),
      duplicateKeys: [
        { key: 'clusters[0].cluster.server', line: 7 },
        { key: 'current-context', line: 30 },
      ],
    };
    const drafts = run(check, facts({ kubeconfig: merged({ files: [f] }) }));
    expect(drafts).toHaveLength(2);
    expect(drafts[0]?.message).toBe(
      '`clusters[0].cluster.server` is given again at /k/config:7; kubectl keeps this last value and ignores the earlier one.',
    );
    expect(drafts[1]?.location).toEqual({ file: '/k/config', line: 30 });
    expect(check.severity).toBe('warning');
  });

  it('is silent without repeated keys', () => {
    expect(run(check, facts())).toEqual([]);
  });
});
