// The bundle's files a module graph loads at once: the given files and every chunk they import
// statically, transitively (not those behind a dynamic `import()`, which load later if at all).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const STATIC = /(?:from\s*|import\s*)["'](\.\.?\/[^"']+)["']/g;

/** Absolute paths of `files` and of everything they import statically. */
export function staticImports(files) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC))
      walk(path.resolve(path.dirname(file), m[1]));
  };
  for (const f of files) walk(path.resolve(f));
  return seen;
}
