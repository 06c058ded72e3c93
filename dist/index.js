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
  const config = parseConfig(
    get,
    { reportPath: path.join(tempDir, "kube-preflight-report.json") },
    policy
  );
  const issue = trackingIssue(get, env);
  return issue ? { ...config, trackingIssue: issue } : config;
}
function trackingIssue(get, env) {
  const wanted = (get("issue") ?? "").toLowerCase();
  if (!["true", "yes", "1", "on"].includes(wanted)) {
    if (["", "false", "no", "0", "off"].includes(wanted)) return void 0;
    throw new InputError("issue", `must be true or false (got "${get("issue")}")`);
  }
  const token = get("github-token");
  if (!token) throw new InputError("github-token", "is required with issue: true");
  const repository = env.GITHUB_REPOSITORY ?? "";
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  return {
    token,
    repository,
    name: get("audit-name") || "kube-preflight",
    ...runUrl ? { runUrl } : {},
    ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}
  };
}

// src/main.ts
async function run(env = process.env) {
  let config;
  try {
    config = await readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return (await import("./chunks/core-2VZYZMDV.js")).setFailed(err.message);
    throw err;
  }
  const early = startEarlyProbes(config, env, process.cwd());
  const [core, { runEngine }, { emitAction }] = await Promise.all([
    import("./chunks/core-2VZYZMDV.js"),
    import("./chunks/engine-32Q6H6RJ.js"),
    import("./chunks/emit-72DZ5DHN.js")
  ]);
  const { report, secrets } = await runEngine(config, { env, mask: core.setSecret, early });
  await emitAction(report, {
    secrets,
    reportPath: config.reportPath,
    workspace: env.GITHUB_WORKSPACE,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY)
  });
  if (config.trackingIssue)
    await trackIssue(core, report, config.trackingIssue, (s) => secrets.scrub(s));
  const decision = decide(report, config.failOn);
  if (decision.failed) core.setFailed(decision.reason);
  else core.info(decision.reason);
}
async function trackIssue(core, report, target, scrub) {
  core.setSecret(target.token);
  const { syncTrackingIssue } = await import("./chunks/sync-issue-JOHGMB4Y.js");
  const outcome = await syncTrackingIssue(report, { ...target, timeoutMs: 15e3, scrub });
  if (!outcome.ok) {
    core.warning(scrub(`kube-preflight could not update its tracking issue: ${outcome.message}`));
    return;
  }
  if (outcome.number) core.setOutput("tracking-issue", String(outcome.number));
  core.info(
    `Tracking issue ${outcome.number ? `#${outcome.number} ` : ""}${outcome.action}${outcome.why ? `: ${outcome.why}` : ""}.`
  );
}

// src/index.ts
run().catch(async (err) => {
  const core = await import("./chunks/core-2VZYZMDV.js");
  core.setFailed(`kube-preflight failed unexpectedly: ${err?.message ?? String(err)}`);
});
