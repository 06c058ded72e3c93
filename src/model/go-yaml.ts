/** How the `yaml` package reads YAML the way go-yaml v2 does (kubectl's kubeconfigs, aws-auth). */
import { type Document, LineCounter, parseAllDocuments } from 'yaml';

/**
 * The first document of `text`, parsed as YAML 1.1 (`yes`/`on` are booleans), with duplicate keys
 * allowed (the last wins) and timestamps kept as strings; `lines` maps offsets to lines.
 */
export function parseFirstDocument(text: string): { doc?: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: '1.1',
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter: lines,
    customTags: (tags) =>
      tags.filter((t) => (typeof t === 'string' ? t : t.tag) !== 'tag:yaml.org,2002:timestamp'),
  });
  const doc = (Array.isArray(docs) ? docs[0] : undefined) as Document | undefined;
  return doc ? { doc, lines } : { lines };
}

/**
 * About how many nodes `text` parses to (a mapping pair counts 2, a list item 1), counted in one
 * quick scan before the full parse, which costs about 6 µs and 1 KiB a node: a cap on this bounds
 * the time and memory any text within the size limit can take. Aliases are not expanded here.
 */
export function estimateYamlNodes(text: string): number {
  let n = 1; // the root
  const marks = /(:)(?=[ \t\r\n]|$)|^[ \t]*-(?=[ \t\r\n]|$)|,/gm;
  for (let m = marks.exec(text); m; m = marks.exec(text)) n += m[1] ? 2 : 1;
  return n;
}
