/**
 * An audit's kubeconfig files: the `kubeconfig` input as a list of paths and globs (one per line
 * or split by the OS path delimiter), each file audited on its own. Globs: `*` and `?` within a
 * path segment, `**` for any depth; directories are walked without following symlinks, and the
 * walk is bounded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeKubeconfigText } from './input.js';

const MAX_FILES = 10_000;
const MAX_DEPTH = 12;
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

function segmentRegExp(segment: string): RegExp {
  const body = [...segment]
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

function entriesOf(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Files matching `pattern` (relative to `cwd`), sorted; a plain path is returned as it is. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const abs = path.resolve(cwd, pattern);
  if (!GLOB.test(pattern)) return [abs];
  const parts = abs.split(path.sep);
  const first = parts.findIndex((p) => GLOB.test(p) || p === '**');
  const base = parts.slice(0, first).join(path.sep) || path.sep;
  const out = new Set<string>();
  const walk = (dir: string, rest: string[], depth: number): void => {
    if (out.size >= MAX_FILES || depth > MAX_DEPTH) return;
    const [head, ...tail] = rest;
    if (head === undefined) return;
    if (head === '**') {
      walk(dir, tail, depth);
      for (const e of entriesOf(dir))
        if (e.isDirectory()) walk(path.join(dir, e.name), rest, depth + 1);
      return;
    }
    const re = segmentRegExp(head);
    for (const e of entriesOf(dir)) {
      if (!re.test(e.name) || (e.name.startsWith('.') && !head.startsWith('.'))) continue;
      const full = path.join(dir, e.name);
      if (tail.length === 0) {
        if (e.isFile() || e.isSymbolicLink()) out.add(full);
      } else if (e.isDirectory()) walk(full, tail, depth + 1);
    }
  };
  walk(base, parts.slice(first), 0);
  return [...out].sort();
}
