/** How the `yaml` package reads YAML the way go-yaml v2 does (kubectl's kubeconfigs, aws-auth). */
import {
  type Alias,
  Composer,
  type CST,
  Document,
  type DocumentOptions,
  isAlias,
  isCollection,
  isScalar,
  LineCounter,
  type Node,
  type ParseOptions,
  Parser,
  type SchemaOptions,
  visit,
  YAMLParseError,
} from 'yaml';
import { mib } from './text.js';

/**
 * Collections nested deeper than this are refused before they are composed: the `yaml` package's
 * composer recurses once per level, and near the stack limit (~800 levels) Node 20 aborts the whole
 * process ("RegExpCompiler Allocation failed") instead of throwing. Readers refuse 64 levels anyway.
 */
export const MAX_YAML_DEPTH = 128;

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  uniqueKeys: false,
  prettyErrors: false,
  customTags: (tags) =>
    tags.filter((t) => (typeof t === 'string' ? t : t.tag) !== 'tag:yaml.org,2002:timestamp'),
};

/**
 * Every token of a parse with its collection depth, walked without recursion (the composer's
 * recursion is what deep nesting breaks), until `visit` returns true.
 */
function walkTokens(
  tokens: CST.Token[],
  visit: (token: CST.Token, depth: number) => boolean | void,
): void {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [token, depth] = top;
    if (!token) continue;
    if (visit(token, depth)) return;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    )
      for (const item of token.items) stack.push([item.key, depth + 1], [item.value, depth + 1]);
  }
}

/** Offset of the first collection nested deeper than MAX_YAML_DEPTH. */
function tooDeep(tokens: CST.Token[]): number | undefined {
  let offset: number | undefined;
  walkTokens(tokens, (token, depth) => {
    if (depth > MAX_YAML_DEPTH) offset = token.offset;
    return offset !== undefined;
  });
  return offset;
}

/** Double-quoted scalars longer than this are read single-quoted when that means the same. */
const LONG_QUOTED = 64 * 1024;
/** A double-quoted scalar longer than this that cannot be (escapes, line breaks, unclosed) is refused. */
export const MAX_SLOW_QUOTED = 1024 * 1024;

/** A double-quoted scalar's source without its closing quote (the test the `yaml` package makes). */
const unclosed = (source: string) => source.length < 2 || source[source.length - 1] !== '"';

/**
 * The `yaml` package unquotes a double-quoted scalar one character at a time into a string of
 * ~40 bytes a character (a 9 MB quoted token: 400–500 MiB); a single-quoted one in a few slices.
 * A long double-quoted scalar that is closed and holds no backslash, single quote or line break
 * means exactly the same single-quoted: it is relabelled before composing (same length, so every
 * position holds). Only PLAIN scalars are told apart by style downstream. Returns the first one
 * over MAX_SLOW_QUOTED that could not be relabelled.
 */
function relabelLongQuoted(tokens: CST.Token[]): CST.FlowScalar | undefined {
  let slow: CST.FlowScalar | undefined;
  walkTokens(tokens, (token) => {
    if (token.type !== 'double-quoted-scalar' || token.source.length <= LONG_QUOTED) return;
    const s = token.source;
    if (unclosed(s) || /[\\'\n\r]/.test(s.slice(1, -1))) {
      if (s.length > MAX_SLOW_QUOTED && (!slow || token.offset < slow.offset)) slow = token;
      return;
    }
    token.type = 'single-quoted-scalar';
    token.source = `'${s.slice(1, -1)}'`;
  });
  return slow;
}

/** Why a long double-quoted scalar is refused: never closed, or too costly to unquote. */
function slowQuotedMessage(token: CST.FlowScalar): string {
  const s = token.source;
  return unclosed(s)
    ? `has a double quote that is never closed: the value it opens runs on for ${mib(s.length)}`
    : `holds a double-quoted value of ${mib(s.length)} with escapes or line breaks, over the ${mib(MAX_SLOW_QUOTED)} limit; refusing to unquote it`;
}

/** Offset of a collection in `text` nested deeper than MAX_YAML_DEPTH (checked before parsing). */
export function yamlTooDeep(text: string): number | undefined {
  return tooDeep([...new Parser().parse(text)]);
}

/**
 * The first document of `text`, parsed as YAML 1.1 (`yes`/`on` are booleans), with duplicate keys
 * allowed (the last wins) and timestamps kept as strings; `lines` maps offsets to lines. Later
 * documents are not composed (go-yaml reads only the first), and of the stray tokens the parser
 * reports as errors only the first is kept (`errors[0]` stays what it was; 1 MB of `[]` made
 * 500,000 of them, 10 s of composing).
 */
export function parseFirstDocument(text: string): {
  doc?: Document;
  lines: LineCounter;
  /** Set when a guard refused the text (its one error says why): nothing was composed. */
  refused?: 'depth' | 'quoted';
} {
  const lines = new LineCounter();
  const tokens: CST.Token[] = [];
  let first = -1;
  let error = false;
  for (const token of new Parser(lines.addNewLine).parse(text)) {
    if (token.type === 'document' && first >= 0) {
      // Directives after the first document (and errors after them) belong to the next one.
      const directive = tokens.findIndex((t, i) => i > first && t.type === 'directive');
      if (directive >= 0) tokens.length = directive;
      break;
    }
    if (token.type === 'error' && error) continue;
    error ||= token.type === 'error';
    if (token.type === 'document') first = tokens.length;
    tokens.push(token);
  }
  const refuse = (at: number, message: string, refused: 'depth' | 'quoted') => {
    const doc = new Document(null, OPTIONS);
    doc.errors.push(new YAMLParseError([at, at + 1], 'RESOURCE_EXHAUSTION', message));
    return { doc, lines, refused };
  };
  const deep = tooDeep(tokens);
  if (deep !== undefined)
    return refuse(deep, `nests deeper than ${MAX_YAML_DEPTH} levels; refusing to read it`, 'depth');
  const slow = relabelLongQuoted(tokens);
  if (slow) return refuse(slow.offset, slowQuotedMessage(slow), 'quoted');
  const composer = new Composer(OPTIONS);
  keepFirstError(composer);
  const [doc] = composer.compose(tokens);
  return doc ? { doc: doc as Document, lines } : { lines };
}

type OnError = (source: unknown, code: string, message: string, warning?: boolean) => void;

/**
 * Only the first error is read, and the composer builds an Error (with a stack trace) for each:
 * a quoted scalar whose 100,000 lines are each under-indented made as many, 1.3 s and 220 MiB.
 * Warnings are not read at all.
 */
export function keepFirstError(composer: Composer): void {
  const c = composer as unknown as { onError?: OnError; errors: unknown[] };
  const report = c.onError;
  if (typeof report !== 'function') return;
  c.onError = (source, code, message, warning) => {
    if (!warning && c.errors.length === 0) report(source, code, message, warning);
  };
}

/**
 * What each alias of `doc` refers to, as `Alias.resolve` finds it (the last node with that anchor
 * before the alias), from one walk: `Alias.resolve(doc)` walks the whole document on every call,
 * so 20,000 aliases in an 80 KB kubeconfig took 30 s.
 */
export function aliasResolver(doc: Document): (alias: Alias) => Node | undefined {
  const targets = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, anchors.get(node.source));
      else if ((isScalar(node) || isCollection(node)) && node.anchor)
        anchors.set(node.anchor, node);
    },
  });
  return (alias) => targets.get(alias);
}

/**
 * Lines in `text`. The parser keeps a token for every line, blank and comment lines too (about
 * 1.5 µs and 150 bytes each), which the node estimate does not see.
 */
export function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Whether parsing `text` would cost more than its reader allows, counted in one quick pass each
 * before the parse: the nodes it makes, or else its lines.
 */
export function overBudget(
  text: string,
  max: { nodes: number; lines: number },
): { over: 'nodes' | 'lines'; count: number } | undefined {
  const nodes = estimateYamlNodes(text);
  if (nodes > max.nodes) return { over: 'nodes', count: nodes };
  const lines = countLines(text);
  return lines > max.lines ? { over: 'lines', count: lines } : undefined;
}

/**
 * Quoted scalars and comments (skipped whole; an unclosed quote runs to the line's end, so a line
 * of escaped quotes is scanned once, not again from each of them), flow brackets, `key:`
 * indicators (also `"key":`, as JSON writes them), block `- ` items and flow commas. A double
 * quote only opens its scalar here (`endOfDoubleQuoted` skips it): as a repeated regex group, a
 * 9 MB quoted token overflowed the regex engine's stack.
 */
const MARKS =
  /"|'[^'\n]*(?:'|$)|(?:^|[ \t])#[^\n]*|[[\]{}]|:(?=[ \t\r\n]|$)|(?<=["']):|^[ \t]*-(?=[ \t\r\n]|$)|,/gm;

/** Where the double-quoted scalar opened before `from` ends: after its closing quote, else at its line's end. */
export function endOfDoubleQuoted(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c === '\n') return i;
    if (c === '\\' && text[i + 1] !== '\n') i++;
  }
  return text.length;
}

/**
 * About how many nodes `text` parses to (a mapping pair counts 2, a list item 1), counted in one
 * quick scan before the full parse, which costs about 6 µs and 1 KiB a node: a cap on this bounds
 * the time and memory any text within the size limit can take. Aliases are not expanded here. A
 * comma counts only inside a flow list (in a flow mapping the pair is already counted by its `:`),
 * so YAML and the JSON kubectl writes estimate alike.
 */
export function estimateYamlNodes(text: string): number {
  let n = 1; // the root
  const flow: string[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const mark = m[0].trimStart();
    if (mark === '"') MARKS.lastIndex = endOfDoubleQuoted(text, MARKS.lastIndex);
    if (mark[0] === '"' || mark[0] === "'" || mark[0] === '#') continue; // a scalar or a comment
    if (mark === '[' || mark === '{') {
      flow.push(mark);
      const empty = /^\s*\]/.test(text.slice(MARKS.lastIndex, MARKS.lastIndex + 64));
      if (mark === '[' && !empty) n += 1; // its first item
    } else if (mark === ']' || mark === '}') flow.pop();
    else if (mark === ':') n += 2;
    else if (mark === ',') n += flow.at(-1) === '[' ? 1 : 0;
    else if (mark === '-') n += 1;
  }
  return n;
}
