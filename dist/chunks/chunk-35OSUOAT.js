import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  kubectlVersion
} from "./chunk-I4BLV3Y7.js";
import {
  DEFAULT_POLICY_PATH,
  MAX_POLICY_BYTES,
  TOO_LARGE
} from "./chunk-FBYZSV5K.js";

// src/decide.ts
function decide(report, failOn) {
  const { errors, warnings } = report.counts;
  const failed = failOn === "never" ? false : failOn === "warning" ? errors + warnings > 0 : errors > 0;
  const counts = `${errors} error(s), ${warnings} warning(s)`;
  if (failed) return { failed, reason: `kube-preflight found ${counts} (fail-on: ${failOn}).` };
  return {
    failed,
    reason: `kube-preflight result: ${report.result} with ${counts} (fail-on: ${failOn}).`
  };
}

// src/early.ts
function startEarlyProbes(config, env, cwd) {
  if (config.offline) return {};
  const deadline = Date.now() + config.timeoutSeconds * 900;
  const signal = AbortSignal.timeout(config.timeoutSeconds * 1e3);
  return { kubectl: kubectlVersion({ env, cwd, deadline, signal }) };
}

// src/policy/load.ts
import * as fs from "node:fs";
import * as path from "node:path";

// src/checks/ids.ts
var CHECK_IDS = [
  "aws/credentials-expired",
  "aws/credentials-invalid",
  "aws/identity-mismatch",
  "aws/no-credentials",
  "aws/session-expiring",
  "aws/sts-unreachable",
  "cert/ca-expired",
  "cert/ca-expiring",
  "cert/client-expired",
  "cert/client-expiring",
  "cert/client-not-yet-valid",
  "cluster/anonymous",
  "cluster/clock-skew",
  "cluster/forbidden",
  "cluster/identity-mismatch",
  "cluster/permission-missing",
  "cluster/server-error",
  "cluster/tls-hostname-mismatch",
  "cluster/tls-server-cert-expired",
  "cluster/tls-untrusted",
  "cluster/unauthorized",
  "cluster/unreachable",
  "cluster/version-skew",
  "cluster/whoami-unavailable",
  "eks/access-entry-no-permissions",
  "eks/api-unavailable",
  "eks/auth-mode-ignores-configmap",
  "eks/aws-auth-invalid",
  "eks/aws-auth-role-path",
  "eks/aws-auth-sso-path",
  "eks/aws-auth-sts-arn",
  "eks/aws-auth-unreadable",
  "eks/ca-mismatch",
  "eks/cluster-not-active",
  "eks/cluster-not-found",
  "eks/endpoint-mismatch",
  "eks/endpoint-private",
  "eks/exec-identity-differs",
  "eks/principal-not-mapped",
  "eks/region-mismatch",
  "eks/token-cluster-mismatch",
  "eks/validator-permission-missing",
  "exec/api-version-removed",
  "exec/config-invalid",
  "exec/credential-expired",
  "exec/failed",
  "exec/interactive-required",
  "exec/invalid-output",
  "exec/not-found",
  "exec/timeout",
  "kubeconfig/audit-glob-limit",
  "kubeconfig/audit-no-match",
  "kubeconfig/auth-provider-removed",
  "kubeconfig/basic-auth",
  "kubeconfig/cert-without-key",
  "kubeconfig/cluster-not-found",
  "kubeconfig/context-not-found",
  "kubeconfig/data-and-file",
  "kubeconfig/data-invalid",
  "kubeconfig/duplicate-key",
  "kubeconfig/duplicate-name",
  "kubeconfig/empty-input",
  "kubeconfig/file-unreadable",
  "kubeconfig/insecure-tls",
  "kubeconfig/insecure-with-ca",
  "kubeconfig/invalid-namespace",
  "kubeconfig/key-mismatch",
  "kubeconfig/multiple-auth-methods",
  "kubeconfig/no-credentials",
  "kubeconfig/no-current-context",
  "kubeconfig/not-found",
  "kubeconfig/proxy-url-invalid",
  "kubeconfig/redacted",
  "kubeconfig/server-invalid",
  "kubeconfig/server-missing",
  "kubeconfig/shadowed-entry",
  "kubeconfig/unparseable",
  "kubeconfig/user-not-found",
  "policy/invalid",
  "policy/suppression-expired",
  "token/expired",
  "token/expiring",
  "token/malformed",
  "token/no-expiry",
  "token/not-yet-valid",
  "token/oidc-audience-mismatch",
  "token/oidc-issuer-mismatch",
  "token/oidc-issuer-unreachable"
];

// src/policy/load.ts
async function loadPolicy(given, baseDir) {
  const shown = given?.trim() || DEFAULT_POLICY_PATH;
  const file = path.resolve(baseDir, shown);
  const problem = (message) => ({
    path: shown,
    file,
    problems: [{ message }]
  });
  let stat;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = err.code ?? "error";
    if (!given?.trim() && code === "ENOENT") return void 0;
    return problem(code === "ENOENT" ? "does not exist" : `cannot be read (${code})`);
  }
  if (!stat.isFile()) return problem("is not a regular file");
  if (stat.size > MAX_POLICY_BYTES) return problem(TOO_LARGE);
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    return problem(`cannot be read (${err.code ?? "error"})`);
  }
  const { parsePolicy } = await import("./parse-VSDZ24CW.js");
  return parsePolicy(text, { path: shown, file }, CHECK_IDS);
}

export {
  decide,
  startEarlyProbes,
  loadPolicy
};
