import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  InputError,
  decide,
  loadPolicy,
  parseConfig,
  startEarlyProbes
} from "./chunks/chunk-QWJC3BHN.js";
import "./chunks/chunk-GQU6H6TF.js";
import "./chunks/chunk-DXAEI2LH.js";
import "./chunks/chunk-H5DNCB4H.js";

// src/inputs.ts
import * as path from "node:path";
import * as os from "node:os";
async function readActionConfig(env = process.env) {
  const get = (name) => {
    const raw = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    return raw === void 0 || name === "kubeconfig" ? raw : raw.trim();
  };
  const tempDir = env.RUNNER_TEMP || os.tmpdir();
  const policy = await loadPolicy(get("config"), env.GITHUB_WORKSPACE || process.cwd());
  return parseConfig(get, { reportPath: path.join(tempDir, "kube-preflight-report.json") }, policy);
}

// src/main.ts
async function run(env = process.env) {
  let config;
  try {
    config = await readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return (await import("./chunks/core-FAXYENI5.js")).setFailed(err.message);
    throw err;
  }
  const early = startEarlyProbes(config, env, process.cwd());
  const [core, { runEngine }, { emitAction }] = await Promise.all([
    import("./chunks/core-FAXYENI5.js"),
    import("./chunks/engine-32Q6H6RJ.js"),
    import("./chunks/emit-75CRXVN7.js")
  ]);
  const { report, secrets } = await runEngine(config, { env, mask: core.setSecret, early });
  await emitAction(report, {
    secrets,
    reportPath: config.reportPath,
    workspace: env.GITHUB_WORKSPACE,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY)
  });
  const decision = decide(report, config.failOn);
  if (decision.failed) core.setFailed(decision.reason);
  else core.info(decision.reason);
}

// src/index.ts
run().catch(async (err) => {
  const core = await import("./chunks/core-FAXYENI5.js");
  core.setFailed(`kube-preflight failed unexpectedly: ${err?.message ?? String(err)}`);
});
