/**
 * Workflow commands and file-command entries exactly as @actions/core writes them (its escaping,
 * its property names). The action writes them itself: loading @actions/core (v3, whose HTTP
 * client pulls in undici) costs ~40 ms of every run. @actions/core is the tests' oracle.
 */
import { EOL } from 'node:os';

const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * `::name key=value,…::message` and a line end. As core does: falsy values are left out, and any
 * properties object (even one of empty values) puts a space after the name.
 */
export function commandLine(
  name: string,
  message: string,
  props: Record<string, string | number | undefined> = {},
): string {
  const given = Object.entries(props).filter(([, v]) => Boolean(v));
  const list = given.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  const space = Object.keys(props).length > 0 ? ' ' : '';
  return `::${name}${space}${list}::${escapeData(message)}${EOL}`;
}

/** An annotation (error, warning, notice) with core's property names (line, col). */
export function annotationLine(
  level: 'error' | 'warning' | 'notice',
  message: string,
  p: AnnotationProps = {},
): string {
  if (Object.keys(p).length === 0) return commandLine(level, message);
  return commandLine(level, message, {
    title: p.title,
    file: p.file,
    line: p.startLine,
    col: p.startColumn,
  });
}

export const addMaskCommand = (secret: string): string => commandLine('add-mask', secret);

/** A GITHUB_OUTPUT entry: `name<<delimiter` … `delimiter`, then a line end. */
export function outputEntry(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error('an output name or value contains the delimiter');
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
