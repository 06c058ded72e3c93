/**
 * The action's writes to GitHub, when asked: the tracking issue and the check run. Never throws and
 * never touches @actions/core: it says what happened, and the entry point logs it and sets outputs.
 */
import type { CheckRunConfig, Config, TrackingIssueConfig } from '../config.js';
import type { Report } from '../report/model.js';

interface Ctx {
  workspace: string | undefined;
  /** Every text sent to GitHub or logged is scrubbed of known secrets (the token included). */
  scrub: (s: string) => string;
}

/** What publishing did: lines to log (a failure is a warning, never the step's failure), outputs. */
export interface Published {
  notes: { level: 'info' | 'warning'; text: string }[];
  outputs: Record<string, string>;
}

/** Both at once. */
export async function publishToGithub(
  report: Report,
  failed: boolean,
  config: Pick<Config, 'trackingIssue' | 'checkRun'>,
  ctx: Ctx,
): Promise<Published> {
  const done = await Promise.all([
    config.trackingIssue ? trackIssue(report, config.trackingIssue, ctx) : undefined,
    config.checkRun ? publishCheck(report, failed, config.checkRun, ctx) : undefined,
  ]);
  const parts = done.filter((d): d is Published => d !== undefined);
  return {
    notes: parts.flatMap((p) => p.notes),
    outputs: Object.assign({}, ...parts.map((p) => p.outputs)) as Record<string, string>,
  };
}

const warning = (text: string, scrub: Ctx['scrub']): Published => ({
  notes: [{ level: 'warning', text: scrub(text) }],
  outputs: {},
});

async function trackIssue(
  report: Report,
  target: TrackingIssueConfig,
  { scrub }: Ctx,
): Promise<Published> {
  const { syncTrackingIssue } = await import('./sync-issue.js');
  const outcome = await syncTrackingIssue(report, { ...target, timeoutMs: 15_000, scrub });
  if (!outcome.ok)
    return warning(`kube-preflight could not update its tracking issue: ${outcome.message}`, scrub);
  const number = outcome.number ? `#${outcome.number} ` : '';
  const text = `Tracking issue ${number}${outcome.action}${outcome.why ? `: ${outcome.why}` : ''}.`;
  return {
    notes: [{ level: 'info', text }],
    outputs: outcome.number ? { 'tracking-issue': String(outcome.number) } : {},
  };
}

async function publishCheck(
  report: Report,
  failed: boolean,
  target: CheckRunConfig,
  { workspace, scrub }: Ctx,
): Promise<Published> {
  // One after the other: two dynamic imports sharing a module at once trip Jest's vm modules
  // (see lazy.ts), and each compiles on this one thread anyway.
  const { checkRunContent } = await import('./check-run.js');
  const { syncCheckRun } = await import('./sync-check.js');
  const content = checkRunContent(report, failed, {
    scrub,
    ...(workspace ? { workspace } : {}),
    ...(target.workflowFile ? { workflowFile: target.workflowFile } : {}),
  });
  const outcome = await syncCheckRun(content, { ...target, timeoutMs: 15_000 });
  if (!outcome.ok)
    return warning(`kube-preflight could not publish its check run: ${outcome.message}`, scrub);
  const url = outcome.url ? `: ${outcome.url}` : '';
  return {
    notes: [{ level: 'info', text: `Check run "${target.name}" ${content.conclusion}${url}.` }],
    outputs: { 'check-run-id': String(outcome.id) },
  };
}
