import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import type { Entry, KubeCluster, KubeContext, KubeUser } from '../../model/kubeconfig.js';
import { at, describeAuth, withoutUserInfo } from '../../model/kubeconfig-rules.js';

type AnyEntry = Entry<KubeCluster | KubeUser | KubeContext>;

function summary(kind: string, e: AnyEntry): string {
  if (kind === 'cluster') {
    const server = (e.value as KubeCluster).server;
    return server ? `server ${withoutUserInfo(server)}` : 'no server';
  }
  if (kind === 'context') {
    const c = e.value as KubeContext;
    return `cluster "${c.cluster ?? ''}", user "${c.user ?? ''}"${c.namespace ? `, namespace "${c.namespace}"` : ''}`;
  }
  return describeAuth(e.value as KubeUser);
}

/** Key order does not matter when comparing two definitions. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export default defineCheck({
  id: 'kubeconfig/shadowed-entry',
  title: 'Entry shadowed by an earlier kubeconfig file',
  severity: 'warning',
  description:
    'When KUBECONFIG lists several files, the first file that defines a cluster, user or context ' +
    'name wins the whole entry; later definitions of the same name are ignored field by field. A ' +
    'stale `~/.kube/config` listed first, or a runner that already has a kubeconfig, silently ' +
    'overrides the credentials this job wrote.',
  remediation:
    'Give the entry a unique name, remove the stale definition, or order KUBECONFIG so the file ' +
    'you mean comes first (`export KUBECONFIG="$PWD/kubeconfig:$HOME/.kube/config"`). To use one ' +
    'file only, set KUBECONFIG to just that file or pass `--kubeconfig`.',
  run({ kubeconfig, targets }) {
    const out: FindingDraft[] = [];
    for (const s of kubeconfig.shadowed) {
      const used = targets.filter(
        (t) =>
          (s.kind === 'context' && t.contextName === s.name) ||
          (s.kind === 'cluster' && t.cluster?.name === s.name) ||
          (s.kind === 'user' && t.user?.name === s.name),
      );
      for (const t of used) {
        const same = s.losers.every((l) => canonical(l.value) === canonical(s.winner.value));
        const ignored = s.losers.map((l) => `${at(l.origin)} (${summary(s.kind, l)})`).join('; ');
        out.push({
          message:
            `${s.kind} "${s.name}" is defined in several files; kubectl uses ${at(s.winner.origin)} ` +
            `(${summary(s.kind, s.winner)}) and ignores ${ignored}` +
            (same ? ', which is identical.' : '.'),
          severity: same ? 'notice' : 'warning',
          context: t.contextName,
          evidence: {
            kind: s.kind,
            name: s.name,
            winner: at(s.winner.origin),
            ignored: s.losers.map((l) => at(l.origin)),
            identical: same,
          },
          location: {
            file: s.winner.origin.file,
            ...(s.winner.origin.line ? { line: s.winner.origin.line } : {}),
          },
        });
      }
    }
    return out;
  },
});
