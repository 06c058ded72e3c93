/** The action: inputs → engine (gather, evaluate, report) → emit → decide. */
import { InputError } from './config.js';
import { decide } from './decide.js';
import { startEarlyProbes } from './early.js';
import { readActionConfig } from './inputs.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = await readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return (await import('@actions/core')).setFailed(err.message);
    throw err;
  }
  // Every input is read: no child process (exec plugins, kubectl, an AWS credential_process) gets
  // them — the GitHub token and inline kubeconfig content included.
  for (const name of Object.keys(env)) if (name.startsWith('INPUT_')) delete env[name];
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
  const decision = decide(report, config.failOn);
  if (config.trackingIssue || config.checkRun) {
    const { publishToGithub } = await import('./github/publish.js');
    const published = await publishToGithub(report, decision.failed, config, {
      workspace: env.GITHUB_WORKSPACE,
      scrub: (s) => secrets.scrub(s),
    });
    for (const [name, value] of Object.entries(published.outputs)) core.setOutput(name, value);
    for (const n of published.notes) (n.level === 'warning' ? core.warning : core.info)(n.text);
  }
  if (decision.failed) core.setFailed(decision.reason);
  else core.info(decision.reason);
}
