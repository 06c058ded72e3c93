/** Absolute paths of `files` and of every bundle chunk they import statically, transitively. */
export function staticImports(files: string[]): Set<string>;
