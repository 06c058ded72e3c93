/** The engine both entry points share: gather → evaluate → report, inside the time budget. */
import { setMaxListeners } from 'node:events';
import * as os from 'node:os';
import { auditFileList, auditFiles } from './audit-files.js';
import { CHECKS } from './checks/index.js';
import type { Config } from './config.js';
import type { EarlyProbes } from './early.js';
import { evaluate } from './evaluate.js';
import { gather } from './gather/index.js';
import { applyPolicy } from './policy/apply.js';
import { SecretSet } from './gather/secrets.js';
import { buildReport, type Report } from './report/model.js';
import { VERSION } from './version.js';

export interface EngineDeps {
  env: Record<string, string | undefined>;
  cwd?: string;
  now?: () => Date;
  /** Called for each secret the moment it is read (core.setSecret in the action). */
  mask?: (secret: string) => void;
  /** Probes the entry point started before loading the engine. */
  early?: EarlyProbes;
  /** Called once the exec plugins have been started (or gathering ended): see GatherEnv. */
  started?: () => void;
}

export interface EngineResult {
  report: Report;
  secrets: SecretSet;
}

export async function runEngine(config: Config, deps: EngineDeps): Promise<EngineResult> {
  const secrets = new SecretSet(deps.mask);
  // Secret inputs (the GitHub token): masked and scrubbed like every gathered secret.
  for (const value of config.secretInputs ?? []) secrets.add(value);
  const now = deps.now ?? (() => new Date());
  const budgetMs = config.timeoutSeconds * 1000;
  const controller = new AbortController();
  // Every connection, request and plugin of the contexts in flight listens to this signal (and
  // stops listening when done): an audit at concurrency 32 has hundreds at once. Node's default
  // of 10 printed a "possible memory leak" warning on stderr.
  setMaxListeners(Math.max(10, config.concurrency * 32), controller.signal);
  const timer = setTimeout(() => controller.abort(new Error('timeout')), budgetMs);
  timer.unref();
  try {
    const env = {
      env: deps.env,
      cwd: deps.cwd ?? process.cwd(),
      homeDir: deps.env.HOME || os.homedir(),
      now,
      mask: secrets.add,
      signal: controller.signal,
      deadline: Date.now() + budgetMs,
      ...(deps.started ? { started: deps.started } : {}),
    };
    const list = auditFileList(config, env.cwd);
    if (list) {
      const { facts, findings, suppressed } = await auditFiles(
        list.files,
        config,
        env,
        secrets,
        deps.early,
        list.globLimits,
      );
      return { report: buildReport(findings, facts, VERSION, suppressed), secrets };
    }
    const facts = await gather(config, env, secrets, deps.early);
    const { findings, suppressed } = applyPolicy(evaluate(CHECKS, facts), facts.policy, facts.now);
    return { report: buildReport(findings, facts, VERSION, suppressed), secrets };
  } finally {
    clearTimeout(timer);
    deps.started?.();
  }
}
