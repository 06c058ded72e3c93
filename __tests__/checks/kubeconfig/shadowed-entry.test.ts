import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/shadowed-entry.js';
import type {
  KubeCluster,
  KubeContext,
  KubeUser,
  Shadowed,
} from '../../../src/model/kubeconfig.js';
import { entry, facts, merged, run, target } from '../../helpers/facts.js';

const cluster = (server: string, file: string) => entry<KubeCluster>('prod', { server }, 3, file);

describe('kubeconfig/shadowed-entry', () => {
  it('warns when a used cluster is defined differently in a later file, naming both servers', () => {
    const winner = cluster('https://stale.example:6443', '/home/ci/.kube/config');
    const loser = cluster('https://new.example:6443', '/w/kubeconfig');
    const shadowed: Shadowed<KubeCluster>[] = [
      { kind: 'cluster', name: 'prod', winner, losers: [loser] },
    ];
    const drafts = run(
      check,
      facts({ kubeconfig: merged({ shadowed }), targets: [target({ cluster: winner })] }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.severity).toBe('warning');
    expect(drafts[0]?.message).toBe(
      'cluster "prod" is defined in several files; kubectl uses /home/ci/.kube/config:3 ' +
        '(server https://stale.example:6443) and ignores /w/kubeconfig:3 (server https://new.example:6443).',
    );
    expect(drafts[0]?.location).toEqual({ file: '/home/ci/.kube/config', line: 3 });
  });

  it('describes users by auth method and contexts by cluster/user', () => {
    const u1 = entry<KubeUser>('ci', { token: 'a' }, 8, '/a');
    const u2 = entry<KubeUser>('ci', { exec: { command: 'aws' } }, 8, '/b');
    const c1 = entry<KubeContext>('x', { cluster: 'p', user: 'ci' }, 2, '/a');
    const c2 = entry<KubeContext>('x', { cluster: 'q', user: 'ci', namespace: 'apps' }, 2, '/b');
    const shadowed = [
      { kind: 'user' as const, name: 'ci', winner: u1, losers: [u2] },
      { kind: 'context' as const, name: 'x', winner: c1, losers: [c2] },
    ];
    const t = target({ contextName: 'x', context: c1, user: u1 });
    const messages = run(check, facts({ kubeconfig: merged({ shadowed }), targets: [t] })).map(
      (d) => d.message,
    );
    expect(messages[0]).toContain('uses /a:8 (token) and ignores /b:8 (exec (aws))');
    expect(messages[1]).toContain(
      '(cluster "p", user "ci") and ignores /b:2 (cluster "q", user "ci", namespace "apps")',
    );
  });

  it('gives a notice when the definitions are identical', () => {
    const a = entry<KubeCluster>(
      'prod',
      { server: 'https://x', 'insecure-skip-tls-verify': true },
      3,
      '/a',
    );
    const b = entry<KubeCluster>(
      'prod',
      { 'insecure-skip-tls-verify': true, server: 'https://x' },
      9,
      '/b',
    );
    const drafts = run(
      check,
      facts({
        kubeconfig: merged({
          shadowed: [{ kind: 'cluster', name: 'prod', winner: a, losers: [b] }],
        }),
        targets: [target({ cluster: a })],
      }),
    );
    expect(drafts[0]?.severity).toBe('notice');
    expect(drafts[0]?.evidence?.identical).toBe(true);
  });

  it('is silent for shadowed names no target uses', () => {
    const a = cluster('https://a', '/a');
    const shadowed = [
      { kind: 'cluster' as const, name: 'prod', winner: a, losers: [cluster('https://b', '/b')] },
    ];
    const other = target({ cluster: entry<KubeCluster>('other', {}, 1) });
    expect(run(check, facts({ kubeconfig: merged({ shadowed }), targets: [other] }))).toEqual([]);
  });
});
