/**
 * An audit's kubeconfig files: the `kubeconfig` input as a list of paths and globs (one per line
 * or split by the OS path delimiter), each file audited on its own. Globs: `*` and `?` within a
 * path segment, `**` for any depth; directories are walked without following symlinks, and the
 * walk is bounded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../../config.js';
import type { GlobLimit } from '../../model/facts.js';
import { globMatch } from '../../model/glob.js';
import { looksLikeKubeconfigText } from './input.js';

/**
 * Bounds of one glob's walk: directory entries read in all (a pattern rooted at / must not read
 * the disk), files matched, and directory levels below the first wildcard.
 */
export const GLOB_BOUNDS = { entries: 100_000, files: 10_000, depth: 12 } as const;
const GLOB = /[*?]/;

/** The entries of an audit's `kubeconfig` input when it lists files, else undefined (content). */
export function auditEntries(
  raw: string | undefined,
  delimiter = path.delimiter,
): string[] | undefined {
  const text = raw?.trim();
  if (!text || text === 'auto' || looksLikeKubeconfigText(text)) return undefined;
  const entries = text
    .split(/\r?\n/)
    .flatMap((line) => line.split(delimiter))
    .map((e) => e.trim())
    .filter((e) => e !== '' && !e.startsWith('#'));
  // One plain path is the ordinary single-kubeconfig case.
  return entries.length > 1 || entries.some((e) => GLOB.test(e)) ? entries : undefined;
}

/** Which bound cut a walk short: files past it were not looked at. */
export type GlobStop = 'entries' | 'files' | 'depth';
export interface GlobResult {
  files: string[];
  stopped?: GlobStop;
}

function entriesOf(dir: string, budget: { left: number; stopped?: GlobStop }): fs.Dirent[] {
  if (budget.left <= 0) {
    budget.stopped ??= 'entries';
    return [];
  }
  try {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    budget.left -= entries.length;
    return entries;
  } catch {
    return [];
  }
}

/** Hidden names (`.git`) are matched only by a pattern segment that starts with a dot. */
const hidden = (name: string, segment: string) => name.startsWith('.') && !segment.startsWith('.');

/**
 * Files matching `pattern` (relative to `cwd`), sorted; a plain path is returned as it is. A
 * trailing `**` means every file below. The walk is bounded (GLOB_BOUNDS) and says which bound
 * stopped it.
 */
export function expandGlob(
  pattern: string,
  cwd: string,
  bounds: Record<GlobStop, number> = GLOB_BOUNDS,
): GlobResult {
  const abs = path.resolve(cwd, pattern);
  if (!GLOB.test(pattern)) return { files: [abs] };
  const parts = abs.split(path.sep);
  if (parts.at(-1) === '**') parts.push('*');
  const first = parts.findIndex((p) => GLOB.test(p));
  const base = parts.slice(0, first).join(path.sep) || path.sep;
  const out = new Set<string>();
  const budget: { left: number; stopped?: GlobStop } = { left: bounds.entries };
  const walk = (dir: string, rest: string[], depth: number): void => {
    if (out.size >= bounds.files) budget.stopped ??= 'files';
    if (depth > bounds.depth) budget.stopped ??= 'depth';
    if (out.size >= bounds.files || depth > bounds.depth) return;
    const [head, ...tail] = rest;
    if (head === undefined) return;
    if (head === '**') {
      walk(dir, tail, depth);
      for (const e of entriesOf(dir, budget))
        if (e.isDirectory() && !hidden(e.name, head)) walk(path.join(dir, e.name), rest, depth + 1);
      return;
    }
    for (const e of entriesOf(dir, budget)) {
      // A name holds no `/`, so the shell-style glob of model/glob.ts matches one segment.
      if (!globMatch(head, e.name) || hidden(e.name, head)) continue;
      const full = path.join(dir, e.name);
      if (tail.length === 0) {
        if (out.size >= bounds.files) {
          budget.stopped ??= 'files';
          return;
        }
        if (e.isFile() || e.isSymbolicLink()) out.add(full);
      } else if (e.isDirectory()) walk(full, tail, depth + 1);
    }
  };
  walk(base, parts.slice(first), 0);
  const files = [...out].sort();
  return budget.stopped ? { files, stopped: budget.stopped } : { files };
}

/**
 * The files an audit's `kubeconfig` input lists (globs expanded), and the globs a bound cut
 * short; undefined for one source.
 */
export function auditFileList(
  config: Config,
  cwd: string,
): { files: string[]; globLimits: GlobLimit[] } | undefined {
  if (config.mode !== 'audit') return undefined;
  const entries = auditEntries(config.kubeconfig);
  if (!entries) return undefined;
  const globLimits: GlobLimit[] = [];
  // A glob that matches nothing stays as written, so that the file checks say it was not found.
  const files = entries.flatMap((e) => {
    const { files: found, stopped } = expandGlob(e, cwd);
    if (stopped) globLimits.push({ pattern: e, stopped, max: GLOB_BOUNDS[stopped] });
    return found.length ? found : [path.resolve(cwd, e)];
  });
  return { files: [...new Set(files)], globLimits };
}
