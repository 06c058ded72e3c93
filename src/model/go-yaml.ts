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
