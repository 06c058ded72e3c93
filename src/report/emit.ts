/** The one writer of the action's results: annotations, job summary, outputs and the JSON report. */
import * as core from '@actions/core';
import type { SecretSet } from '../gather/secrets.js';
import { renderAnnotations } from './annotations.js';
import { writeReportFile } from './file.js';
import type { Report } from './model.js';
import { renderOutputs } from './outputs.js';
import { renderSummary } from './summary.js';

export async function emitAction(
  report: Report,
  opts: { secrets: SecretSet; reportPath: string; workspace?: string; hasSummary: boolean },
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
    core[a.level](scrub(a.message), props);
  }
  for (const [name, value] of Object.entries(renderOutputs(report, opts.reportPath))) {
    core.setOutput(name, scrub(value));
  }
  if (opts.hasSummary) await core.summary.addRaw(scrub(renderSummary(report))).write();
  else core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
}
