import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/cluster-not-found.js';
import type { Entry, KubeCluster, KubeContext } from '../../../src/model/kubeconfig.js';
import { entry, facts, merged, run, target } from '../../helpers/facts.js';

function context(value: KubeContext): Entry<KubeContext> {
  return { ...entry('prod', value, 20), fieldLines: { cluster: 22, user: 23 } };
}
const clusters = new Map([['real', entry<KubeCluster>('real', { server: 'https://r' })]]);

describe('kubeconfig/cluster-not-found', () => {
  it('reports a context naming an undefined cluster and the localhost:8080 fallback', () => {
    const t = target({ contextName: 'prod', context: context({ cluster: 'gone', user: 'ci' }) });
    const drafts = run(check, facts({ kubeconfig: merged({ clusters }), targets: [t] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toBe(
      'Context "prod" (/home/ci/.kube/config:22) names cluster "gone", which is not defined in any ' +
        'loaded file (defined: "real"); kubectl silently falls back to http://localhost:8080.',
    );
    expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 22 });
    expect(drafts[0]?.context).toBe('prod');
  });

  it('reports a context without a cluster', () => {
    const t = target({ context: context({ user: 'ci' }) });
    expect(run(check, facts({ targets: [t] }))[0]?.message).toContain('does not name a cluster');
  });

  it('is silent when the cluster resolved, or there is no context', () => {
    const ok = target({ context: context({ cluster: 'real' }), cluster: clusters.get('real') });
    expect(run(check, facts({ targets: [ok, target()] }))).toEqual([]);
  });
});
