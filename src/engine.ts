/** The engine both entry points share: gather → evaluate → report, inside the time budget. */
import { setMaxListeners } from 'node:events';
import * as os from 'node:os';
import type { Config } from './config.js';
import { gather } from './gather/index.js';
import { lazyModule, loadLater } from './lazy.js';
import { auditFileList } from './gather/kubeconfig/audit-files.js';
import { SecretSet } from './gather/secrets.js';
import type { Report } from './report/model.js';
import { VERSION } from './version.js';

export interface EngineDeps {
  env: Record<string, string | undefined>;
  cwd?: string;
  now?: () => Date;
  /** Called for each secret the moment it is read (core.setSecret in the action). */
  mask?: (secret: string) => void;
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
  // The runner's AWS secrets: the gate signs EKS tokens with them and exec plugins inherit them
  // (one that fails may echo them on stderr), whether or not the AWS phase gets to read them.
  for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
    if (deps.env[name]) secrets.add(deps.env[name]);
  const now = deps.now ?? (() => new Date());
  const budgetMs = config.timeoutSeconds * 1000;
  const budgetStart = Date.now();
  const elapsed = () => Date.now() - budgetStart;
  const controller = new AbortController();
  // Every connection, request and plugin of the contexts in flight listens to this signal (and
  // stops listening when done): an audit at concurrency 32 has hundreds at once. Node's default
  // of 10 printed a "possible memory leak" warning on stderr.
  setMaxListeners(Math.max(10, config.concurrency * 32), controller.signal);
  const timer = setTimeout(() => controller.abort(new Error('timeout')), budgetMs);
  timer.unref();
  // What judges the facts loads once the exec plugins run (loading it first would delay them).
  const loadJudge = lazyModule(() => import('./judge.js'));
  const started = () => {
    void loadJudge();
    deps.started?.();
  };
  try {
    const env = {
      env: deps.env,
      cwd: deps.cwd ?? process.cwd(),
      homeDir: deps.env.HOME || os.homedir(),
      now,
      mask: secrets.add,
      signal: controller.signal,
      deadline: budgetStart + budgetMs,
      started,
    };
    const list = auditFileList(config, env.cwd);
    if (list) {
      const { auditFiles } = await loadLater(() => import('./audit-files.js'));
      const { facts, findings, suppressed } = await auditFiles(
        list.files,
        config,
        env,
        secrets,
        list.globLimits,
      );
      const { buildReport } = await loadJudge();
      return { report: buildReport(findings, facts, VERSION, suppressed, elapsed()), secrets };
    }
    const facts = await gather(config, env, secrets);
    const { judge, buildReport } = await loadJudge();
    const { findings, suppressed } = judge(facts);
    return { report: buildReport(findings, facts, VERSION, suppressed, elapsed()), secrets };
  } finally {
    clearTimeout(timer);
    started();
  }
}
