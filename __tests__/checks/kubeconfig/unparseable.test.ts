import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/unparseable.js';
import type { KubeconfigFile } from '../../../src/model/kubeconfig.js';
import { emptyFile, entry, facts, merged, run } from '../../helpers/facts.js';

const invalid = (partial: Partial<KubeconfigFile>): KubeconfigFile => ({
  ...emptyFile('/k/config'),
  status: 'invalid',
  ...partial,
});

describe('kubeconfig/unparseable', () => {
  it('reports the file, line, column and error', () => {
    const f = invalid({
      error: 'clusters must be a list, not a number',
      position: { line: 3, column: 11 },
    });
    const drafts = run(check, facts({ kubeconfig: merged({ files: [f] }) }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toBe(
      'kubectl cannot load /k/config:3:11: clusters must be a list, not a number.',
    );
    expect(drafts[0]?.location).toEqual({ file: '/k/config', line: 3, column: 11 });
    expect(drafts[0]?.evidence).toMatchObject({ line: 3, column: 11 });
  });

  it('reports an invalid file without a position (too large)', () => {
    const f = invalid({ error: 'is 11000000 bytes, larger than the limit' });
    expect(run(check, facts({ kubeconfig: merged({ files: [f] }) }))[0]?.location).toEqual({
      file: '/k/config',
    });
  });

  it.each([
    [
      'size',
      'is 48.2 MiB (50,500,202 bytes), over the 10.0 MiB limit',
      /A kubeconfig is a few kilobytes/,
      /--minify/,
    ],
    [
      'nodes',
      'holds about 646,037 YAML nodes, over the 150,000 limit',
      /Thousands of contexts/,
      /split/,
    ],
    [
      'lines',
      'has 10,000,001 lines, over the 150,000 limit',
      /padding \(blank or comment lines/,
      /wc -l/,
    ],
    ['aliases', 'expands to more than 150,000 nodes', /alias bomb/, /needs no YAML anchors/],
    ['depth', 'nests deeper than 64 levels', /nest deeper/, /self-referencing/],
    [
      'quoted',
      'has a double quote that is never closed: the value it opens runs on for 9.0 MiB',
      /a quote left open/,
      /close the quote, or write the value unquoted/,
    ],
  ] as const)(
    'a file refused by a guard (%s) says so and gets its own fix',
    (kind, error, why, fix) => {
      const [d] = run(
        check,
        facts({ kubeconfig: merged({ files: [invalid({ error, refused: kind })] }) }),
      );
      expect(d?.message.startsWith(`kube-preflight will not read /k/config: it ${error}. `)).toBe(
        true,
      );
      expect(d?.message).toMatch(why);
      expect(d?.remediation).toMatch(fix);
      expect(d?.evidence).toMatchObject({ refused: kind });
    },
  );

  it('leaves files invalid only because of duplicate names to duplicate-name', () => {
    const f = invalid({
      error: 'duplicate name "a" in list of clusters',
      clusters: [entry('a', {}, 2, '/k/config'), entry('a', {}, 5, '/k/config')],
    });
    expect(run(check, facts({ kubeconfig: merged({ files: [f] }) }))).toEqual([]);
  });

  it('is silent for loaded, empty, missing and unreadable files', () => {
    const files = (['loaded', 'empty', 'missing', 'unreadable'] as const).map((status) => ({
      ...emptyFile(`/k/${status}`),
      status,
    }));
    expect(run(check, facts({ kubeconfig: merged({ files }) }))).toEqual([]);
  });
});
