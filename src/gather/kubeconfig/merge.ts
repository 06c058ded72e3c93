/** Merges loaded files exactly as client-go does: the first file to define a name wins the whole entry. */
import type {
  Entry,
  EntryKind,
  KubeCluster,
  KubeconfigFile,
  KubeconfigSource,
  KubeContext,
  KubeUser,
  MergedKubeconfig,
  Shadowed,
} from '../../model/kubeconfig.js';

type AnyEntry = KubeCluster | KubeUser | KubeContext;

function mergeKind<T extends AnyEntry>(
  kind: EntryKind,
  lists: Entry<T>[][],
  shadowed: Shadowed<AnyEntry>[],
): Map<string, Entry<T>> {
  const winners = new Map<string, { entry: Entry<T>; fileIndex: number }>();
  const losers = new Map<string, Entry<T>[]>();
  lists.forEach((list, fileIndex) => {
    for (const entry of list) {
      const winner = winners.get(entry.name);
      if (!winner) winners.set(entry.name, { entry, fileIndex });
      // A name repeated inside one file is that file's duplicate-name error, not shadowing.
      else if (winner.fileIndex !== fileIndex) {
        losers.set(entry.name, [...(losers.get(entry.name) ?? []), entry]);
      }
    }
  });
  for (const [name, lost] of losers) {
    const winner = winners.get(name)?.entry;
    if (winner) shadowed.push({ kind, name, winner, losers: lost } as Shadowed<AnyEntry>);
  }
  return new Map([...winners].map(([name, w]) => [name, w.entry]));
}

export function mergeFiles(source: KubeconfigSource, files: KubeconfigFile[]): MergedKubeconfig {
  const shadowed: Shadowed<AnyEntry>[] = [];
  const merged: MergedKubeconfig = {
    source,
    files,
    clusters: mergeKind<KubeCluster>(
      'cluster',
      files.map((f) => f.clusters),
      shadowed,
    ),
    users: mergeKind<KubeUser>(
      'user',
      files.map((f) => f.users),
      shadowed,
    ),
    contexts: mergeKind<KubeContext>(
      'context',
      files.map((f) => f.contexts),
      shadowed,
    ),
    shadowed,
  };
  const setter = files.find((f) => f.currentContext?.name);
  if (setter?.currentContext) {
    const { name, line } = setter.currentContext;
    merged.currentContext = { name, origin: { file: setter.path, ...(line ? { line } : {}) } };
  }
  return merged;
}
