import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  decide,
  loadPolicy,
  startEarlyProbes
} from "./chunks/chunk-35OSUOAT.js";
import {
  InputError,
  boolean,
  parseConfig
} from "./chunks/chunk-LGUC3XMW.js";
import "./chunks/chunk-I4BLV3Y7.js";
import "./chunks/chunk-FBYZSV5K.js";
import {
  addMaskCommand
} from "./chunks/chunk-HYBGAORP.js";
import "./chunks/chunk-DXAEI2LH.js";
import "./chunks/chunk-H5DNCB4H.js";

// src/inputs.ts
import * as path from "node:path";
import * as os from "node:os";
import * as fs from "node:fs";
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
  const issue = boolean("issue", get("issue"), false) ? githubTarget(get, env, "issue") : void 0;
  const check = boolean("check-run", get("check-run"), false) ? githubTarget(get, env, "check-run") : void 0;
  const githubToken = get("github-token");
  return {
    ...config,
    ...githubToken ? { secretInputs: [githubToken] } : {},
    ...issue ? { trackingIssue: { ...issue, name: get("audit-name") || "kube-preflight" } } : {},
    ...check ? { checkRun: { ...check, name: get("check-name") || "kube-preflight" } } : {}
  };
}
function pullRequestHead(eventPath) {
  if (!eventPath) return void 0;
  try {
    const event = JSON.parse(fs.readFileSync(eventPath, "utf8"));
    return event.pull_request?.head?.sha;
  } catch {
    return void 0;
  }
}
function githubTarget(get, env, wanted) {
  const token = get("github-token");
  if (!token) throw new InputError("github-token", `is required with ${wanted}: true`);
  const repository = env.GITHUB_REPOSITORY ?? "";
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const headSha = pullRequestHead(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA;
  const workflowFile = /^[^/]+\/[^/]+\/([^@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? "")?.[1];
  return {
    token,
    repository,
    ...runUrl ? { runUrl } : {},
    ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
    ...headSha ? { headSha } : {},
    ...workflowFile ? { workflowFile } : {}
  };
}

// src/main.ts
async function run(env = process.env) {
  let config;
  try {
    config = await readActionConfig(env);
  } catch (err) {
    if (err instanceof InputError) return (await import("./chunks/emit-LXH4DLCX.js")).log.fail(err.message);
    throw err;
  }
  for (const name of Object.keys(env)) if (name.startsWith("INPUT_")) delete env[name];
  const early = startEarlyProbes(config, env, process.cwd());
  const { runEngine } = await import("./chunks/engine-HYHXK4PR.js");
  let rest;
  const loadRest = () => {
    rest ??= import("./chunks/emit-LXH4DLCX.js");
    rest.catch(() => {
    });
    return rest;
  };
  const mask = (secret) => process.stdout.write(addMaskCommand(secret));
  const { report, secrets } = await runEngine(config, { env, mask, early, started: loadRest });
  const { emitAction, log } = await loadRest();
  await emitAction(report, {
    secrets,
    reportPath: config.reportPath,
    workspace: env.GITHUB_WORKSPACE,
    summaryFile: env.GITHUB_STEP_SUMMARY || void 0
  });
  const decision = decide(report, config.failOn);
  if (config.trackingIssue || config.checkRun) {
    const { publishToGithub } = await import("./chunks/publish-QTJ2TJQF.js");
    const published = await publishToGithub(report, decision.failed, config, {
      workspace: env.GITHUB_WORKSPACE,
      scrub: (s) => secrets.scrub(s)
    });
    for (const [name, value] of Object.entries(published.outputs)) log.setOutput(name, value);
    for (const n of published.notes) (n.level === "warning" ? log.warning : log.info)(n.text);
  }
  if (decision.failed) log.fail(decision.reason);
  else log.info(decision.reason);
}

// src/index.ts
run().catch(async (err) => {
  const { log } = await import("./chunks/emit-LXH4DLCX.js");
  log.fail(`kube-preflight failed unexpectedly: ${err?.message ?? String(err)}`);
});
