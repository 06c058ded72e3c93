/**
 * One aws-auth data value (a YAML string) as a small tree with 1-based lines, read as go-yaml v2
 * reads it: YAML 1.1 scalars, the first document only, timestamps stay strings, no sexagesimal
 * numbers, aliases and `<<` merges expanded. Every key is kept, duplicates too. Pure.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { aliasResolver, overBudget, parseFirstDocument } from '../go-yaml.js';

/** A mapping entry; `merged` when it came in through a `<<` merge key. */
export interface Pair {
  key: string;
  line: number;
  v: Y;
  merged?: boolean;
}
export type Y =
  | { t: 'map'; line: number; pairs: Pair[] }
  | { t: 'seq'; line: number; items: Y[] }
  /** `raw` is the text as written (plain) or the unquoted value: go-yaml's string for any scalar. */
  | { t: 's'; line: number; v: string | number | boolean | null; raw: string };

export type YamlRead = { ok: true; root?: Y } | { ok: false; line?: number; error: string };

/** Nodes one value may expand to through aliases. */
const MAX_NODES = 20_000;
/**
 * Whether libyaml (so go-yaml) rejects `line` for a tab right after `key:` or `-`, which the `yaml`
 * package accepts: what `/^ *(?:- +)*(?:-\t|[^\s#'"{[-][^#'"]*?:\t)/` matches, without a repeated
 * regex group (on a line of megabytes, one overflowed the regex engine's stack).
 */
export function goRejectsTab(line: string): boolean {
  let i = 0;
  while (line[i] === ' ') i++;
  while (line[i] === '-' && line[i + 1] === ' ') {
    i += 2; // an item's "- ", then any spaces before the next
    while (line[i] === ' ') i++;
  }
  if (line[i] === '-') return line[i + 1] === '\t';
  if (i >= line.length || /[\s#'"{[]/.test(line[i] as string)) return false;
  const tab = line.indexOf(':\t', i + 1);
  return tab >= 0 && !/[#'"]/.test(line.slice(i + 1, tab));
}

const UNQUOTED_BRACES =
  'invalid map key: a mapping used as a key (an unquoted value starting with "{{"? quote it)';

class YamlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export const isNull = (y: Y | undefined): boolean => !y || (y.t === 's' && y.v === null);

/** `a mapping`, `a list`, `number 12`, `boolean yes`: for type-mismatch messages. */
export const describeNode = (y: Y): string =>
  y.t === 'map' ? 'a mapping' : y.t === 'seq' ? 'a list' : `${typeof y.v} ${y.raw}`;

export function readYaml(text: string): YamlRead {
  const tab = text.split('\n').findIndex(goRejectsTab);
  if (tab >= 0) {
    return { ok: false, line: tab + 1, error: 'found character that cannot start any token' };
  }
  // The walk's budget would end it anyway, but only after a parse costing ~6 µs a node; blank
  // and comment lines cost the parser too, and no node estimate counts them.
  const cost = overBudget(text, { nodes: 2 * MAX_NODES, lines: 4 * MAX_NODES });
  if (cost?.over === 'nodes')
    return { ok: false, error: `holds far more than ${MAX_NODES} nodes; refusing to read it` };
  if (cost)
    return { ok: false, error: `has more than ${4 * MAX_NODES} lines; refusing to read it` };
  const { doc, lines } = parseFirstDocument(text);
  const lineOf = (n: unknown) => lines.linePos((n as { range?: number[] })?.range?.[0] ?? 0).line;
  const err = doc?.errors[0];
  if (err) return { ok: false, line: lines.linePos(err.pos[0]).line, error: err.message };
  const resolve = doc ? aliasResolver(doc) : () => undefined;
  let budget = MAX_NODES;
  const walk = (n: unknown, depth: number): Y => {
    if (--budget < 0 || depth > 64)
      throw new YamlError(`expands to more than ${MAX_NODES} nodes (an alias bomb?)`);
    if (isAlias(n)) return walk(resolve(n), depth + 1);
    if (isMap(n)) {
      const merged: Pair[] = [];
      const pairs: Pair[] = [];
      for (const p of n.items) {
        // sigs.k8s.io/yaml can't turn a mapping or list key into JSON: the whole value fails.
        if (!isScalar(p.key)) throw new YamlError(UNQUOTED_BRACES, lineOf(p.key));
        const v = walk(p.value, depth + 1);
        if (typeof p.key.value === 'symbol' || p.key.value === '<<') {
          // `<<: *base` (or a list): merged keys come first so explicit ones override them;
          // of several merged mappings the first wins.
          const sources = v.t === 'seq' ? [...v.items].reverse() : [v];
          for (const m of sources)
            if (m.t === 'map') merged.push(...m.pairs.map((q) => ({ ...q, merged: true })));
          continue;
        }
        const key = p.key.value === null ? 'null' : String(p.key.value);
        pairs.push({ key, line: lineOf(p.key), v });
      }
      return { t: 'map', line: lineOf(n), pairs: [...merged, ...pairs] };
    }
    if (isSeq(n))
      return { t: 'seq', line: lineOf(n), items: n.items.map((i) => walk(i, depth + 1)) };
    const s = isScalar(n) ? n : undefined;
    const raw = s?.type === 'PLAIN' ? (s.source ?? '') : String(s?.value ?? '');
    let v = (s?.value ?? null) as string | number | boolean | null;
    if (typeof v === 'number' && raw.includes(':')) v = raw;
    return { t: 's', line: lineOf(n), v, raw };
  };
  try {
    return { ok: true, root: doc?.contents ? walk(doc.contents, 0) : undefined };
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    return { ok: false, error: e.message, ...(e.line ? { line: e.line } : {}) };
  }
}
