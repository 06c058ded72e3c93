/** The action's writes to GitHub, when asked: the tracking issue and the check run. */
import type { CheckRunConfig, Config, TrackingIssueConfig } from '../config.js';
import type { Report } from '../report/model.js';

type Core = typeof import('@actions/core');
interface Ctx {
  workspace: string | undefined;
  scrub: (s: string) => string;
}

/** Both at once; each failure is a warning that names the permission, never the step's failure. */
export async function publishToGithub(
  core: Core,
  report: Report,
  failed: boolean,
  config: Pick<Config, 'trackingIssue' | 'checkRun'>,
  ctx: Ctx,
): Promise<void> {
  await Promise.all([
    config.trackingIssue && trackIssue(core, report, config.trackingIssue, ctx),
    config.checkRun && publishCheck(core, report, failed, config.checkRun, ctx),
  ]);
}

/** Opens, updates or closes the tracking issue; a failure is a warning, never the step's failure. */
async function trackIssue(
  core: Core,
  report: Report,
  target: TrackingIssueConfig,
  { scrub }: Ctx,
): Promise<void> {
  core.setSecret(target.token);
  const { syncTrackingIssue } = await import('./sync-issue.js');
  const outcome = await syncTrackingIssue(report, { ...target, timeoutMs: 15_000, scrub });
  if (!outcome.ok) {
    core.warning(scrub(`kube-preflight could not update its tracking issue: ${outcome.message}`));
    return;
  }
  if (outcome.number) core.setOutput('tracking-issue', String(outcome.number));
  core.info(
    `Tracking issue ${outcome.number ? `#${outcome.number} ` : ''}${outcome.action}${outcome.why ? `: ${outcome.why}` : ''}.`,
  );
}

/** The named check run with the findings as annotations; a failure is a warning. */
async function publishCheck(
  core: Core,
  report: Report,
  failed: boolean,
  target: CheckRunConfig,
  { workspace, scrub }: Ctx,
): Promise<void> {
  core.setSecret(target.token);
  const [{ checkRunContent }, { syncCheckRun }] = await Promise.all([
    import('./check-run.js'),
    import('./sync-check.js'),
  ]);
  const content = checkRunContent(report, failed, {
    ...(workspace ? { workspace } : {}),
    ...(target.workflowFile ? { workflowFile: target.workflowFile } : {}),
  });
  const outcome = await syncCheckRun(content, { ...target, timeoutMs: 15_000, scrub });
  if (!outcome.ok) {
    core.warning(scrub(`kube-preflight could not publish its check run: ${outcome.message}`));
    return;
  }
  core.setOutput('check-run-id', String(outcome.id));
  core.info(
    `Check run "${target.name}" ${content.conclusion}${outcome.url ? `: ${outcome.url}` : ''}.`,
  );
}
