/** The action: inputs → engine (gather, evaluate, report) → emit → decide. */
import * as core from '@actions/core';
import { InputError } from './config.js';
import { decide } from './decide.js';
import { runEngine } from './engine.js';
import { readActionConfig } from './inputs.js';
import { emitAction } from './report/emit.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return core.setFailed(err.message);
    throw err;
  }
  const { report, secrets } = await runEngine(config, { env, mask: core.setSecret });
  await emitAction(report, {
    secrets,
    reportPath: config.reportPath,
    workspace: env.GITHUB_WORKSPACE,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY),
  });
  const decision = decide(report, config.failOn);
  if (decision.failed) core.setFailed(decision.reason);
  else core.info(decision.reason);
}
