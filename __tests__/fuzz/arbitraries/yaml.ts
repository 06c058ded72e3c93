/**
 * Structures made into YAML or JSON text: tree mutations (wrong types, shared nodes, deep nesting),
 * rendering in several styles, and the damage text suffers (BOM, CRLF, tabs, truncation, junk,
 * duplicate keys, anchors and alias bombs).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { aliasBomb, bombAnchor } from './alias-bomb.js';
import { anyValue, huge, maybeHuge, text } from './misc.js';

function nest(depth: number, list: boolean): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = list ? [v] : { a: v };
  return v;
}
const deep = fc.tuple(fc.integer({ min: 50, max: 1200 }), fc.boolean()).map(([d, l]) => nest(d, l));
export const treeMutation = fc.record({
  op: fc.nat({ max: 6 }),
  at: fc.nat(),
  from: fc.nat(),
  key: text,
  value: fc.oneof({ arbitrary: anyValue, weight: 100 }, huge, deep),
});
type TreeMutation = { op: number; at: number; from: number; key: string; value: unknown };
type Slot = { parent: Record<string | number, unknown>; key: string | number; node: unknown };

function slots(root: { root: unknown }): Slot[] {
  const out: Slot[] = [];
  const walk = (parent: Slot['parent'], key: string | number) => {
    const node = parent[key];
    out.push({ parent, key, node });
    if (node && typeof node === 'object' && out.length < 2000)
      for (const k of Object.keys(node))
        walk(node as Slot['parent'], Array.isArray(node) ? Number(k) : k);
  };
  walk(root as Slot['parent'], 'root');
  return out;
}

function asText(v: unknown): string {
  try {
    return typeof v === 'object' ? (JSON.stringify(v) ?? '') : String(v);
  } catch {
    return String(v); // a cycle (a shared node) or a BigInt
  }
}

/** Wrong types, unknown fields, dropped fields, shared nodes (YAML aliases), duplicated entries. */
export function mutateTree(value: unknown, mutations: readonly TreeMutation[]): unknown {
  const box = { root: structuredClone(value) };
  for (const m of mutations) {
    const all = slots(box);
    const s = all[m.at % all.length] as Slot;
    const node = s.node as Record<string, unknown>;
    if (m.op === 0 || s.key === 'root') s.parent[s.key] = m.value;
    else if (m.op === 1 && Array.isArray(node)) node.push(m.value);
    else if (m.op === 1 && node && typeof node === 'object')
      // An own property even for keys like __proto__, so that the rendered text holds it.
      Object.defineProperty(node, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (m.op === 2 && Array.isArray(s.parent)) s.parent.splice(Number(s.key), 1);
    else if (m.op === 2) delete s.parent[s.key];
    else if (m.op === 3) s.parent[s.key] = (all[m.from % all.length] as Slot).node;
    else if (m.op === 4 && Array.isArray(node) && node.length)
      node.push(node[m.from % node.length]);
    else if (m.op === 5) s.parent[s.key] = null;
    else s.parent[s.key] = asText(node);
  }
  return box.root;
}

export const renderOptions = fc.record({
  json: fc.nat({ max: 4 }),
  indent: fc.integer({ min: 1, max: 8 }),
  lineWidth: fc.constantFrom(0, 20, 80),
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
  ) as fc.Arbitrary<'PLAIN'>,
  collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any'>,
});

type RenderOptions = { json: number; indent: number } & Record<string, unknown>;

function scalar(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v))
    return Number.isNaN(v) ? '.nan' : `${v < 0 ? '-' : ''}.inf`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null || v === undefined) return 'null';
  return JSON.stringify(typeof v === 'string' ? v : String(v));
}

/** Block-style YAML with JSON scalars (and JSON below depth 40): 20 times quicker than `yaml`'s. */
function quickYaml(v: unknown, pad: string, depth: number, seen: Set<object>): string {
  if (!v || typeof v !== 'object') return ` ${scalar(v)}`;
  if (seen.has(v)) return ' null';
  if (depth > 40) return ` ${asText(v)}`;
  const key = (k: string) => (/^[A-Za-z][\w.-]*$/.test(k) ? k : JSON.stringify(k));
  const items: [string, unknown][] = Array.isArray(v)
    ? v.map((x) => ['-', x])
    : Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[`${key(k)}:`, x]]));
  if (items.length === 0) return Array.isArray(v) ? ' []' : ' {}';
  seen.add(v);
  const out = items.map(
    ([lead, x]) => `\n${pad}${lead}${quickYaml(x, `${pad}  `, depth + 1, seen)}`,
  );
  seen.delete(v);
  return out.join('');
}

/** As JSON (one time in five), quick block YAML, or (one time in five) `yaml` in one of its styles. */
export function render(value: unknown, opts: RenderOptions): string {
  if (opts.json === 0) {
    try {
      return JSON.stringify(value, null, opts.indent > 4 ? undefined : opts.indent) ?? '';
    } catch {
      // a shared node made a cycle: YAML writes it as a recursive alias
    }
  }
  if (opts.json < 4) return `${quickYaml(value, '', 0, new Set()).replace(/^\s+/, '')}\n`;
  try {
    const yamlOptions: Partial<typeof opts> = { ...opts };
    delete yamlOptions.json;
    return stringify(value, yamlOptions) ?? '';
  } catch {
    return String(value);
  }
}

export const textMutation = fc.record({
  // Alias bombs and deep nesting (9, 11) take a parse its whole budget: rarer here, and fuzzed on
  // their own by the kubeconfig tests.
  op: fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13), weight: 60 },
    fc.constantFrom(9, 11),
  ),
  at: fc.nat(),
  n: fc.integer({ min: 1, max: 9 }),
  bytes: fc.uint8Array({ maxLength: 32 }),
  junk: text,
});

type TextMutation = { op: number; at: number; n: number; bytes: Uint8Array; junk: string };

/** What happens to a file on its way through a clipboard, an editor or a secret store. */
export function damage(text: string, m: TextMutation): string {
  const { op, at, n, bytes, junk } = m;
  const i = at % (text.length + 1);
  const lines = text.split('\n');
  const l = at % lines.length;
  const insert = (s: string) => `${text.slice(0, i)}${s}${text.slice(i)}`;
  switch (op) {
    case 0:
      return `\uFEFF${text}`;
    case 1:
      return text.replace(/\n/g, '\r\n');
    case 2:
      return text.replace(/^( +)/gm, (s) => '\t'.repeat(Math.ceil(s.length / n)));
    case 3:
      return text.slice(0, i);
    case 4:
      return insert(Buffer.from(bytes).toString('latin1'));
    case 5:
      return insert(Buffer.from(bytes).toString('utf8'));
    case 6:
      return [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n'); // a duplicate key
    case 7:
      return [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
    case 8:
      return insert(junk);
    case 9:
      return `${aliasBomb(n, 9)}${text}\n${['users', 'clusters', 'bomb'][at % 3]}: *${bombAnchor(n - 1)}\n`;
    case 10:
      return `${text}\nloop: &l [*l]\nmerge: &m {<<: [*m]}\nref: *nowhere\n`;
    case 11:
      return `${text}\ndeep: ${'['.repeat(n * 120)}${']'.repeat(n * 120)}\n`;
    case 12:
      return `%YAML 1.1\n---\n${text}\n---\n${junk}\n...\n`;
    default:
      return `${text.slice(0, i)}${junk}${text.slice(i + 1)}`;
  }
}

/** `seed` with up to `max` tree mutations, rendered as YAML or JSON, then up to `max` text damages. */
export function mangled(seed: fc.Arbitrary<unknown>, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      seed,
      fc.array(treeMutation, { maxLength: max }),
      renderOptions,
      fc.array(textMutation, { maxLength: max }),
    )
    .map(([o, tm, r, xm]) => xm.reduce(damage, render(mutateTree(o, tm), r)));
}

/** A YAML or JSON document made from `seed`: mutated, rendered, damaged; or anything at all. */
export function yamlFrom(seed: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: mangled(seed, 2) },
    { weight: 1, arbitrary: fc.tuple(anyValue, renderOptions).map(([v, r]) => render(v, r)) },
    { weight: 1, arbitrary: maybeHuge },
  );
}
