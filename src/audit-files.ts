/**
 * An audit of several kubeconfig files: each gathered and evaluated on its own, then one report.
 * Loaded by the engine only for such an audit.
 */
import { CHECKS } from './checks/index.js';
import type { Config } from './config.js';
import { kubectlProbe } from './gather/cluster/kubectl.js';
import { evaluate } from './evaluate.js';
import type { GatherEnv } from './gather/env.js';
import { gather } from './gather/index.js';
import { inPool } from './gather/pool.js';
import type { SecretSet } from './gather/secrets.js';
import type { Facts, GlobLimit } from './model/facts.js';
import type { Finding } from './model/finding.js';
import { applyPolicy, type SuppressedFinding } from './policy/apply.js';
import { fileIn } from './report/annotations.js';

export interface FilesResult {
  facts: Facts;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** Checks about the run as a whole, not about one file: evaluated once, over every file. */
const RUN_WIDE = new Set([
  'kubeconfig/audit-glob-limit',
  'kubeconfig/audit-no-match',
  'policy/invalid',
  'policy/suppression-expired',
]);
const PER_FILE = CHECKS.filter((c) => !RUN_WIDE.has(c.id));
const ONCE = CHECKS.filter((c) => RUN_WIDE.has(c.id));

/**
 * Each file's contexts are named `<file>:<context>` in the one report (names repeat across files);
 * `contexts` globs and suppressions match either that name or the context's own.
 */
export async function auditFiles(
  files: string[],
  config: Config,
  env: GatherEnv,
  secrets: SecretSet,
  globLimits: GlobLimit[] = [],
): Promise<FilesResult> {
  // The pool spreads `concurrency` over the files and the contexts inside each.
  const outer = Math.min(files.length, config.concurrency);
  const inner = Math.max(1, Math.floor(config.concurrency / outer));
  const results: { facts: Facts; findings: Finding[] }[] = new Array(files.length);
  const bare = new Map<string, string>();
  // The kubectl probe (one process) is shared by every file.
  const kubectl = config.offline ? undefined : kubectlProbe(env);
  await inPool([...files.keys()], outer, async (i) => {
    const file = files[i] as string;
    const prefix = `${fileIn(env.cwd, file) ?? file}:`;
    const perFile = { ...config, kubeconfig: file, concurrency: inner, contextPrefix: prefix };
    const facts = await gather(perFile, env, secrets, kubectl);
    const name = (c: string) => {
      bare.set(`${prefix}${c}`, c);
      return `${prefix}${c}`;
    };
    results[i] = {
      facts: {
        ...facts,
        targets: facts.targets.map((t) => ({ ...t, contextName: name(t.contextName) })),
        kubeconfig: {
          ...facts.kubeconfig,
          contexts: new Map([...facts.kubeconfig.contexts].map(([c, e]) => [name(c), e])),
        },
      },
      findings: evaluate(PER_FILE, facts).map((f) =>
        f.context === undefined ? f : { ...f, context: name(f.context) },
      ),
    };
  });
  const first = results[0] as { facts: Facts };
  const facts: Facts = {
    ...first.facts,
    ...(first.facts.audit && globLimits.length
      ? { audit: { ...first.facts.audit, globLimits } }
      : {}),
    targets: results.flatMap((r) => r.facts.targets),
    kubeconfig: {
      ...first.facts.kubeconfig,
      contexts: new Map(results.flatMap((r) => [...r.facts.kubeconfig.contexts])),
    },
  };
  const all = [...results.flatMap((r) => r.findings), ...evaluate(ONCE, facts)];
  const names = (c: string) => [c, ...(bare.has(c) ? [bare.get(c) as string] : [])];
  return { facts, ...applyPolicy(all, facts.policy, facts.now, names) };
}
