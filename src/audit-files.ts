/** An audit of several kubeconfig files: each gathered and evaluated on its own, then one report. */
import * as path from 'node:path';
import { CHECKS } from './checks/index.js';
import type { Config } from './config.js';
import type { EarlyProbes } from './early.js';
import { kubectlVersion } from './gather/cluster/kubectl.js';
import { evaluate } from './evaluate.js';
import type { GatherEnv } from './gather/env.js';
import { gather } from './gather/index.js';
import { auditEntries, expandGlob } from './gather/kubeconfig/audit-files.js';
import { inPool } from './gather/pool.js';
import type { SecretSet } from './gather/secrets.js';
import type { Facts } from './model/facts.js';
import type { Finding } from './model/finding.js';
import { applyPolicy, type SuppressedFinding } from './policy/apply.js';

/** The files an audit's `kubeconfig` input lists (globs expanded), or undefined for one source. */
export function auditFileList(config: Config, cwd: string): string[] | undefined {
  if (config.mode !== 'audit') return undefined;
  const entries = auditEntries(config.kubeconfig);
  if (!entries) return undefined;
  // A glob that matches nothing stays as written, so that the file checks say it was not found.
  const files = entries.flatMap((e) => {
    const found = expandGlob(e, cwd);
    return found.length ? found : [path.resolve(cwd, e)];
  });
  return [...new Set(files)];
}

export interface FilesResult {
  facts: Facts;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** Each file's contexts are named `<file>:<context>` in the one report (names repeat across files). */
export async function auditFiles(
  files: string[],
  config: Config,
  env: GatherEnv,
  secrets: SecretSet,
  early: EarlyProbes = {},
): Promise<FilesResult> {
  const label = (file: string) => {
    const rel = path.relative(env.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  };
  // The pool spreads `concurrency` over the files and the contexts inside each.
  const outer = Math.min(files.length, config.concurrency);
  const inner = Math.max(1, Math.floor(config.concurrency / outer));
  const results: FilesResult[] = new Array(files.length);
  // The kubectl probe (one process) is shared by every file.
  const kubectl = early.kubectl ?? (config.offline ? undefined : kubectlVersion(env));
  const shared = kubectl ? { kubectl } : {};
  await inPool([...files.keys()], outer, async (i) => {
    const file = files[i] as string;
    const facts = await gather(
      { ...config, kubeconfig: file, concurrency: inner },
      env,
      secrets,
      shared,
    );
    const { findings, suppressed } = applyPolicy(evaluate(CHECKS, facts), facts.policy, facts.now);
    const name = (c: string) => `${label(file)}:${c}`;
    const rename = <F extends Finding>(f: F): F =>
      f.context === undefined ? f : { ...f, context: name(f.context) };
    results[i] = {
      facts: {
        ...facts,
        targets: facts.targets.map((t) => ({ ...t, contextName: name(t.contextName) })),
      },
      findings: findings.map(rename),
      suppressed: suppressed.map(rename),
    };
  });
  const [first] = results as [FilesResult];
  return {
    facts: { ...first.facts, targets: results.flatMap((r) => r.facts.targets) },
    findings: results.flatMap((r) => r.findings),
    suppressed: results.flatMap((r) => r.suppressed),
  };
}
