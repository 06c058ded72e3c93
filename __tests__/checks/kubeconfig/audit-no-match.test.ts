import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/audit-no-match.js';
import type { KubeContext } from '../../../src/model/kubeconfig.js';
import { entry, facts, merged, run, target } from '../../helpers/facts.js';

const contexts = new Map([
  ['prod-eu', entry<KubeContext>('prod-eu', { cluster: 'a', user: 'a' })],
  ['prod-us', entry<KubeContext>('prod-us', { cluster: 'b', user: 'b' })],
]);

describe('kubeconfig/audit-no-match', () => {
  it('errors when the audit globs match no context, naming the ones there are', () => {
    const [d, ...rest] = run(
      check,
      facts({
        kubeconfig: merged({ contexts }),
        audit: { contexts: ['staging-*', 'dev'] },
        targets: [],
      }),
    );
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'No context matches "staging-*", "dev"; the kubeconfig defines "prod-eu", "prod-us".',
    );
    expect(d?.evidence).toEqual({ globs: ['staging-*', 'dev'], contexts: ['prod-eu', 'prod-us'] });
  });

  it('is silent outside audits, when a context matched, or with no contexts at all', () => {
    const kubeconfig = merged({ contexts });
    expect(run(check, facts({ kubeconfig, targets: [] }))).toEqual([]);
    expect(
      run(check, facts({ kubeconfig, audit: { contexts: ['prod-*'] }, targets: [target()] })),
    ).toEqual([]);
    expect(
      run(check, facts({ kubeconfig: merged({}), audit: { contexts: ['x'] }, targets: [] })),
    ).toEqual([]);
  });
});
