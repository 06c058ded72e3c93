/** The one writer of the action's results: annotations, job summary, outputs and the JSON report. */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { SecretSet } from '../gather/secrets.js';
import { renderAnnotations } from './annotations.js';
import { annotationLine, commandLine, outputEntry } from './commands.js';
import { writeReportFile } from './file.js';
import type { Report } from './model.js';
import { renderOutputs } from './outputs.js';
import { renderSummary } from './summary.js';

/** The runner's log and file commands, written as @actions/core writes them. */
export const log = {
  info: (text: string): void => void process.stdout.write(text + EOL),
  warning: (text: string): void => void process.stdout.write(annotationLine('warning', text)),
  /** An error annotation, and exit code 1 (core.setFailed). */
  fail(text: string): void {
    process.exitCode = 1;
    process.stdout.write(annotationLine('error', text));
  },
  setOutput(name: string, value: string): void {
    const file = process.env.GITHUB_OUTPUT;
    if (file) appendFileSync(file, outputEntry(name, value, `ghadelimiter_${randomUUID()}`));
    else process.stdout.write(EOL + commandLine('set-output', value, { name }));
  },
};

export async function emitAction(
  report: Report,
  opts: { secrets: SecretSet; reportPath: string; workspace?: string; summaryFile?: string },
): Promise<void> {
  const scrub = (s: string) => opts.secrets.scrub(s);
  await writeReportFile(report, opts.reportPath, opts.secrets);
  for (const a of renderAnnotations(report, opts.workspace, scrub)) {
    const props = {
      title: scrub(a.title),
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
      ...(a.startColumn ? { startColumn: a.startColumn } : {}),
    };
    process.stdout.write(annotationLine(a.level, scrub(a.message), props));
  }
  for (const [name, value] of Object.entries(renderOutputs(report, opts.reportPath))) {
    log.setOutput(name, scrub(value));
  }
  // Appended, as core.summary.write() does: other steps' summaries share the file.
  if (opts.summaryFile) appendFileSync(opts.summaryFile, scrub(renderSummary(report)));
  else log.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
}
