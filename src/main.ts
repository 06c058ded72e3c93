/** The action: inputs → engine (gather, evaluate, report) → emit → decide. */
import { InputError, type TrackingIssueConfig } from './config.js';
import { decide } from './decide.js';
import { startEarlyProbes } from './early.js';
import { readActionConfig } from './inputs.js';
import type { Report } from './report/model.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = await readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return (await import('@actions/core')).setFailed(err.message);
    throw err;
  }
  const early = startEarlyProbes(config, env, process.cwd());
  // The engine and @actions/core load while the early probes run (see scripts/build.mjs).
  const [core, { runEngine }, { emitAction }] = await Promise.all([
    import('@actions/core'),
    import('./engine.js'),
    import('./report/emit.js'),
  ]);
  const { report, secrets } = await runEngine(config, { env, mask: core.setSecret, early });
  await emitAction(report, {
    secrets,
    reportPath: config.reportPath,
    workspace: env.GITHUB_WORKSPACE,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY),
  });
  if (config.trackingIssue)
    await trackIssue(core, report, config.trackingIssue, (s) => secrets.scrub(s));
  const decision = decide(report, config.failOn);
  if (decision.failed) core.setFailed(decision.reason);
  else core.info(decision.reason);
}

type Core = typeof import('@actions/core');

/** Opens, updates or closes the tracking issue; a failure is a warning, never the step's failure. */
async function trackIssue(
  core: Core,
  report: Report,
  target: TrackingIssueConfig,
  scrub: (s: string) => string,
): Promise<void> {
  core.setSecret(target.token);
  const { syncTrackingIssue } = await import('./github/sync-issue.js');
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
