/**
 * YAML → a small tree with source positions, read the way kubectl reads it (sigs.k8s.io/yaml on
 * go-yaml v2): YAML 1.1 scalars (`yes`/`on` are booleans), timestamps kept as strings, the first
 * document only, the last of duplicate keys wins, `<<` merge keys, and aliases expanded.
 */
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { aliasResolver, overBudget, parseFirstDocument } from '../../model/go-yaml.js';
import type { Position, RefusedKind } from '../../model/kubeconfig.js';

export type Scalar = string | number | boolean | null;

export type YNode =
  | { kind: 'map'; pos: Position; fields: Map<string, YField> }
  | { kind: 'seq'; pos: Position; items: YNode[] }
  | { kind: 'scalar'; pos: Position; value: Scalar };

export interface YField {
  keyPos: Position;
  value: YNode;
}

export type YamlTree =
  | { ok: true; root: YNode | undefined; duplicateKeys: { key: string; line: number }[] }
  | { ok: false; error: string; position?: Position; refused?: RefusedKind };

/**
 * Nodes one file may hold or expand to: a guard against alias bombs ("billion laughs") and against
 * texts whose parse alone would take seconds and hundreds of MiB. 5,000 contexts are ~125,000.
 */
export const MAX_NODES = 150_000;
/**
 * Lines one file may hold. kubectl writes a node or more on each line, so a file with more lines
 * than the node limit is padded: blank or comment lines, or words the node estimate cannot see
 * (the lines after an unclosed quote), which the parser pays for one by one.
 */
export const MAX_LINES = MAX_NODES;
const MAX_DEPTH = 64;

class TreeError extends Error {
  constructor(
    message: string,
    readonly position?: Position,
    readonly refused?: RefusedKind,
  ) {
    super(message);
  }
}

const n = (x: number) => x.toLocaleString('en');

export function parseYamlTree(text: string): YamlTree {
  const cost = overBudget(text, { nodes: MAX_NODES, lines: MAX_LINES });
  if (cost) {
    const [what, max] =
      cost.over === 'nodes'
        ? [`holds about ${n(cost.count)} YAML nodes`, MAX_NODES]
        : [`has ${n(cost.count)} lines`, MAX_LINES];
    const error = `${what}, over the ${n(max)} limit; refusing to parse it`;
    return { ok: false, error, refused: cost.over };
  }
  const { doc: first, lines, refused } = parseFirstDocument(text.replace(/^\uFEFF/, ''));
  if (!first) return { ok: true, root: undefined, duplicateKeys: [] };
  const posAt = (offset: number | undefined): Position => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const problem = first.errors[0];
  if (problem) {
    // parseFirstDocument refuses very deep nesting and huge double-quoted values before
    // composing them: our guards, not a typo.
    return {
      ok: false,
      error: refused ? problem.message : `YAML syntax error: ${problem.message}`,
      position: posAt(problem.pos[0]),
      ...(refused ? { refused } : {}),
    };
  }
  const duplicateKeys: { key: string; line: number }[] = [];
  const resolve = aliasResolver(first);
  let budget = MAX_NODES;

  const build = (node: unknown, path: string, depth: number): YNode => {
    if (--budget < 0) {
      throw new TreeError(
        `expands to more than ${MAX_NODES.toLocaleString('en')} nodes (an alias bomb?); refusing to read it`,
        undefined,
        'aliases',
      );
    }
    if (depth > MAX_DEPTH)
      throw new TreeError(
        `nests deeper than ${MAX_DEPTH} levels (a recursive alias?)`,
        undefined,
        'depth',
      );
    if (isAlias(node)) {
      const target = resolve(node);
      if (!target) throw new TreeError(`unknown anchor "*${node.source}"`, posAt(node.range?.[0]));
      return build(target, path, depth + 1);
    }
    const pos = posAt((node as YamlNode | null)?.range?.[0]);
    if (isMap(node)) {
      const fields = new Map<string, YField>();
      const merged = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = scalarKey(keyNode);
        if (isScalar(keyNode) && (typeof keyNode.value === 'symbol' || key === '<<')) {
          mergeInto(fields, merged, build(pair.value, path, depth + 1));
          continue;
        }
        const keyPos = posAt(keyNode?.range?.[0]);
        if (fields.has(key) && !merged.has(key)) {
          duplicateKeys.push({ key: path ? `${path}.${key}` : key, line: keyPos.line });
        }
        merged.delete(key);
        const child = path ? `${path}.${key}` : key;
        fields.set(key, { keyPos, value: build(pair.value, child, depth + 1) });
      }
      return { kind: 'map', pos, fields };
    }
    if (isSeq(node)) {
      return {
        kind: 'seq',
        pos,
        items: node.items.map((item, i) => build(item, `${path}[${i}]`, depth + 1)),
      };
    }
    if (isScalar(node)) {
      const plain = node.type === 'PLAIN' ? node.source : undefined;
      return { kind: 'scalar', pos, value: goPlainScalar(plain, scalarValue(node.value)) };
    }
    return { kind: 'scalar', pos, value: null };
  };

  try {
    const root = first.contents ? build(first.contents, '', 0) : undefined;
    const empty = !root || (root.kind === 'scalar' && root.value === null);
    return { ok: true, root: empty ? undefined : root, duplicateKeys };
  } catch (err) {
    if (err instanceof TreeError) {
      return {
        ok: false,
        error: err.message,
        ...(err.position ? { position: err.position } : {}),
        ...(err.refused ? { refused: err.refused } : {}),
      };
    }
    throw err;
  }
}

/** `<<: *base` (or a list of them): keys not set explicitly come from the merged mappings. */
function mergeInto(fields: Map<string, YField>, merged: Set<string>, source: YNode): void {
  const sources = source.kind === 'seq' ? source.items : [source];
  for (const s of sources) {
    if (s.kind !== 'map') throw new TreeError('a << merge key must refer to a mapping', s.pos);
    for (const [key, field] of s.fields) {
      if (fields.has(key)) continue;
      fields.set(key, field);
      merged.add(key);
    }
  }
}

/** Map keys as YAML-to-JSON conversion writes them: `1` → "1", `true` → "true". */
function scalarKey(node: YamlNode | null): string {
  if (!isScalar(node)) return '';
  if (typeof node.value === 'symbol') return node.source ?? '<<';
  return node.value === null ? 'null' : String(node.value);
}

/** Where go-yaml v2 and the `yaml` package's 1.1 schema disagree on a plain scalar, go-yaml wins. */
function goPlainScalar(source: string | undefined, value: Scalar): Scalar {
  if (source === undefined) return value;
  if (typeof value === 'number' && source.includes(':')) return source; // no sexagesimal numbers
  if (typeof value === 'string' && /^[-+]?0o[0-7_]+$/.test(source))
    return Number.parseInt(source.replace(/[-+_]|0o/g, ''), 8);
  return value;
}

function scalarValue(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
