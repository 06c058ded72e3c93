/** Annotations: one per error/warning finding, capped as the runner caps them (10 per level). */
import * as path from 'node:path';
import type { Severity } from '../model/finding.js';
import type { Report } from './model.js';

export const MAX_PER_LEVEL = 10;
export const MAX_MESSAGE = 4096;

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Files inside the workspace get a relative path (GitHub links them); others are named in the text. */
export function fileIn(workspace: string | undefined, file: string): string | undefined {
  if (!workspace || !path.isAbsolute(file)) return undefined;
  const rel = path.relative(workspace, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : undefined;
}

/** `scrub` runs before the text is cut: a secret cut in half would no longer be recognised. */
export function renderAnnotations(
  report: Report,
  workspace?: string,
  scrub: (s: string) => string = (s) => s,
): Annotation[] {
  const out: Annotation[] = [];
  const dropped: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of report.findings) {
    if (f.severity === 'notice') continue; // notices live in the summary; the cap note needs the slot
    if (used[f.severity] >= MAX_PER_LEVEL) {
      dropped[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const file = f.location ? fileIn(workspace, f.location.file) : undefined;
    const named = f.context !== undefined && f.message.includes(`"${f.context}"`);
    const where = f.context && !named ? `[context ${f.context}] ` : '';
    out.push({
      level: f.severity,
      title: clip(scrub(`${f.title} (${f.id})`), 255),
      message: clip(scrub(`${where}${f.message}\nFix: ${f.remediation}`), MAX_MESSAGE),
      ...(file ? { file } : {}),
      ...(file && f.location?.line ? { startLine: f.location.line } : {}),
      ...(file && f.location?.column ? { startColumn: f.location.column } : {}),
    });
  }
  const more = dropped.error + dropped.warning;
  if (more > 0) {
    out.push({
      level: 'notice',
      title: 'kube-preflight: more findings in the job summary',
      message: `${more} more finding(s) (${dropped.error} error, ${dropped.warning} warning) are not shown as annotations: GitHub shows at most ${MAX_PER_LEVEL} per level. See the job summary or the JSON report.`,
    });
  }
  return out;
}
