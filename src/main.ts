/** The action: inputs → engine (gather, evaluate, report) → emit → decide. */
import { InputError } from './config.js';
import { decide } from './decide.js';
import { readActionConfig } from './inputs.js';
import { lazyModule } from './lazy.js';
import { addMaskCommand } from './report/commands.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = await readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return (await import('./report/emit.js')).log.fail(err.message);
    throw err;
  }
  // Every input is read: no child process (exec plugins, kubectl, an AWS credential_process) gets
  // them — the GitHub token and inline kubeconfig content included.
  for (const name of Object.keys(env)) if (name.startsWith('INPUT_')) delete env[name];
  // The engine loads first; the renderers once the exec plugins have started (loading them first
  // would delay the plugins), while they run.
  const { runEngine } = await import('./engine.js');
  const loadRest = lazyModule(() => import('./report/emit.js'));
  const mask = (secret: string) => process.stdout.write(addMaskCommand(secret));
  const { report, secrets } = await runEngine(config, { env, mask, started: loadRest });
  const { emitAction, log } = await loadRest();
  await emitAction(report, {
    secrets,
    reportPath: config.reportPath,
    workspace: env.GITHUB_WORKSPACE,
    summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
  });
  const decision = decide(report, config.failOn);
  if (config.trackingIssue || config.checkRun) {
    const { publishToGithub } = await import('./github/publish.js');
    const published = await publishToGithub(report, decision.failed, config, {
      workspace: env.GITHUB_WORKSPACE,
      scrub: (s) => secrets.scrub(s),
    });
    for (const [name, value] of Object.entries(published.outputs)) log.setOutput(name, value);
    for (const n of published.notes) (n.level === 'warning' ? log.warning : log.info)(n.text);
  }
  if (decision.failed) log.fail(decision.reason);
  else log.info(decision.reason);
}
