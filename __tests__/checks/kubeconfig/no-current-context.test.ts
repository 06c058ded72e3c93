import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/no-current-context.js';
import type { KubeContext } from '../../../src/model/kubeconfig.js';
import { emptyFile, entry, facts, merged, run } from '../../helpers/facts.js';

const contexts = new Map([
  ['a', entry<KubeContext>('a', { cluster: 'a', user: 'a' })],
  ['b', entry<KubeContext>('b', { cluster: 'b', user: 'b' })],
]);

describe('kubeconfig/no-current-context', () => {
  it('errors when nothing selects a context, listing the defined ones', () => {
    const drafts = run(check, facts({ kubeconfig: merged({ contexts }) }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toBe(
      'No current-context is set in /home/ci/.kube/config and no context was requested; defined contexts: "a", "b".',
    );
  });

  it('an audit needs no current-context, unless there is no context at all', () => {
    const audit = { contexts: [] };
    expect(run(check, facts({ kubeconfig: merged({ contexts }), audit }))).toEqual([]);
    expect(run(check, facts({ kubeconfig: merged({}), audit }))).toHaveLength(1);
  });

  it('says so when the kubeconfig has no contexts at all', () => {
    expect(run(check, facts())[0]?.message).toContain('defines no contexts');
  });

  it('is silent with a current-context or a requested context', () => {
    const withCurrent = merged({
      contexts,
      currentContext: { name: 'a', origin: { file: '/k', line: 9 } },
    });
    expect(run(check, facts({ kubeconfig: withCurrent }))).toEqual([]);
    expect(run(check, facts({ kubeconfig: merged({ contexts }), requestedContext: 'b' }))).toEqual(
      [],
    );
  });

  it('leaves empty input, missing and unloadable files to their own checks', () => {
    expect(run(check, facts({ input: { emptyKubeconfig: true } }))).toEqual([]);
    const missing = merged({ files: [{ ...emptyFile('/k'), status: 'missing' }] });
    expect(run(check, facts({ kubeconfig: missing }))).toEqual([]);
    const broken = merged({
      files: [{ ...emptyFile('/k'), status: 'invalid', error: 'YAML syntax error' }],
    });
    expect(run(check, facts({ kubeconfig: broken }))).toEqual([]);
  });
});
