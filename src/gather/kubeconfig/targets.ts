/** Which context(s) to check: the requested one, else current-context, with what it references. */
import type { TargetFacts } from '../../model/facts.js';
import { firstMatch } from '../../model/glob.js';
import type { MergedKubeconfig } from '../../model/kubeconfig.js';

/** An audit's targets: every context whose name matches one of `globs` (all when none), by name. */
export function auditTargets(kc: MergedKubeconfig, globs: string[], prefix = ''): TargetFacts[] {
  // In a multi-file audit a context is also known by its reported name, `<file>:<context>`.
  const names = (name: string) => (prefix ? [name, `${prefix}${name}`] : [name]);
  return [...kc.contexts.entries()]
    .filter(([name]) => globs.length === 0 || firstMatch(globs, names(name)) !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, context]) => {
      const { cluster, user } = context.value;
      return {
        contextName: name,
        selectedBy: 'audit' as const,
        context,
        cluster: cluster ? kc.clusters.get(cluster) : undefined,
        user: user ? kc.users.get(user) : undefined,
      };
    });
}

export function selectTargets(kc: MergedKubeconfig, requestedContext?: string): TargetFacts[] {
  const requested = requestedContext?.trim() ? requestedContext : undefined;
  const name = requested ?? kc.currentContext?.name;
  if (!name) return [];
  const context = kc.contexts.get(name);
  if (!context) return [];
  const { cluster, user } = context.value;
  return [
    {
      contextName: name,
      selectedBy: requested ? 'input' : 'current-context',
      context,
      cluster: cluster ? kc.clusters.get(cluster) : undefined,
      user: user ? kc.users.get(user) : undefined,
    },
  ];
}
