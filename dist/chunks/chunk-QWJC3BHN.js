import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY_PATH,
  kubectlVersion
} from "./chunk-GQU6H6TF.js";
import {
  parseDuration
} from "./chunk-DXAEI2LH.js";

// src/model/require-parse.ts
var EXAMPLE = '(e.g. "create deployments.apps -n prod")';
var VERB = /^(\*|[a-z][a-z0-9-]*)$/;
var SEGMENT = /^(\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var VERSION = /^v\d+((alpha|beta)\d+)?$/;
var FLAGS = "-n/--namespace, -A/--all-namespaces and --subresource";
var LineError = class extends Error {
};
var fail = (message) => {
  throw new LineError(message);
};
function setValue(flags, key, flag, value) {
  if (value === void 0 || value === "" || value.startsWith("-"))
    fail(
      `flag "${flag}" needs a value (e.g. "${flag} ${key === "namespace" ? "prod" : "status"}")`
    );
  if (flags[key] !== void 0)
    fail(`${key === "namespace" ? "-n" : "--subresource"} is given twice`);
  flags[key] = value;
}
function setAll(flags, flag, value = "true") {
  if (value !== "true" && value !== "false")
    fail(`flag "${flag}" takes true or false, not "${value}"`);
  flags.all = value === "true";
}
function scan(tokens) {
  const args = [];
  const flags = {};
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "--") {
      args.push(...tokens.slice(i + 1));
      break;
    }
    if (t.startsWith("--")) {
      const eq = t.indexOf("=");
      const name = eq < 0 ? t : t.slice(0, eq);
      const inline = eq < 0 ? void 0 : t.slice(eq + 1);
      const next = () => inline !== void 0 ? inline : tokens[++i];
      if (name === "--namespace") setValue(flags, "namespace", name, next());
      else if (name === "--subresource") setValue(flags, "subresource", name, next());
      else if (name === "--all-namespaces") setAll(flags, name, inline);
      else if (name !== "--quiet") fail(`unknown flag "${name}" (allowed: ${FLAGS})`);
    } else if (t.startsWith("-") && t.length > 1) {
      for (let j = 1; j < t.length; j++) {
        const c = t[j];
        if (c === "A") {
          if (t[j + 1] === "=") {
            setAll(flags, "-A", t.slice(j + 2));
            break;
          }
          setAll(flags, "-A");
        } else if (c === "n") {
          const rest = t.slice(j + 1).replace(/^=/, "");
          setValue(flags, "namespace", "-n", rest !== "" ? rest : tokens[++i]);
          break;
        } else if (c !== "q") fail(`unknown flag "-${c}" (allowed: ${FLAGS})`);
      }
    } else args.push(t);
  }
  return { args, flags };
}
function resourcePart(typeArg) {
  const slash = typeArg.indexOf("/");
  const type = slash < 0 ? typeArg : typeArg.slice(0, slash);
  const name = slash < 0 ? void 0 : typeArg.slice(slash + 1);
  if (type.includes(","))
    fail(
      `"${type}": one resource type per requirement; separate them with ";" or new lines ("get pods; get services")`
    );
  const resource = type.toLowerCase();
  const segments = resource.split(".");
  if (type === "" || !segments.every((s) => SEGMENT.test(s)))
    fail(`"${type}" is not a resource type ${EXAMPLE}`);
  if (name === "") fail(`"${typeArg}" has an empty name after "/"`);
  const out = { resource };
  if (segments.length >= 3 && VERSION.test(segments[1])) {
    out.version = segments[1];
    out.group = segments.slice(2).join(".");
  } else if (segments.length >= 2) out.group = segments.slice(1).join(".");
  if (name !== void 0) out.name = name;
  return out;
}
function parseOne(text) {
  let tokens = text.split(/\s+/);
  if (tokens[0] === "kubectl") {
    if (tokens[1] !== "auth" || tokens[2] !== "can-i")
      fail(`only "kubectl auth can-i ..." can be pasted; this is "kubectl ${tokens[1] ?? ""}"`);
    tokens = tokens.slice(3);
  }
  const { args, flags } = scan(tokens);
  const [verb, target, extra] = args;
  if (verb === void 0) return fail(`a requirement needs a verb and a resource type ${EXAMPLE}`);
  if (!VERB.test(verb)) {
    if (VERB.test(verb.toLowerCase()))
      fail(
        `verb "${verb}" must be lower-case ("${verb.toLowerCase()}"): RBAC compares verbs exactly`
      );
    fail(`"${verb}" is not a verb; the verb comes first ${EXAMPLE}`);
  }
  if (target === void 0)
    fail(`"${verb}" needs a resource type or a non-resource URL ${EXAMPLE}`);
  if (extra !== void 0)
    fail(
      `too many arguments from "${extra}": one verb and one resource type (a namespace needs -n, e.g. "-n ${extra}")`
    );
  const req = { line: text, verb };
  const t = target;
  if (t.startsWith("/")) {
    if (flags.subresource !== void 0)
      fail(`the non-resource URL "${t}" has no subresource; drop --subresource`);
    if (flags.namespace !== void 0)
      fail(`the non-resource URL "${t}" has no namespace; drop -n`);
    if (flags.all) fail(`the non-resource URL "${t}" has no namespace; drop -A`);
    req.nonResourceURL = t;
    return req;
  }
  Object.assign(req, resourcePart(t));
  if (flags.namespace !== void 0) {
    if (flags.all)
      fail(`-n ${flags.namespace} and -A contradict each other (-A means every namespace)`);
    if (!DNS_LABEL.test(flags.namespace) || flags.namespace.length > 63)
      fail(
        `"${flags.namespace}" is not a namespace name (lower-case letters, digits and "-", at most 63)`
      );
    req.namespace = flags.namespace;
  }
  if (flags.all) req.allNamespaces = true;
  if (flags.subresource !== void 0) req.subresource = flags.subresource;
  return req;
}
var uncomment = (line) => line.replace(/(^|\s)#.*$/, "");
function parseRequirements(text) {
  const requirements2 = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    let body = uncomment(lines[n]).trim();
    if (body.startsWith("- ") || body === "-") body = body.slice(1).trim();
    const quoted = /^(["'])(.*)\1$/.exec(body);
    if (quoted) body = quoted[2].trim();
    for (const part of body.split(";")) {
      const segment = part.trim();
      if (segment === "") continue;
      try {
        requirements2.push({ ...parseOne(segment), lineNumber: n + 1 });
      } catch (err) {
        if (!(err instanceof LineError)) throw err;
        return { ok: false, line: n + 1, message: `line ${n + 1}: ${err.message}` };
      }
    }
  }
  return { ok: true, requirements: requirements2 };
}

// src/config.ts
var InputError = class extends Error {
  constructor(input, message) {
    super(`Input '${input}' ${message}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
var DURATION_HELP = "must be a duration such as 90s, 15m, 12h or 30d";
function duration(name, raw, fallback, min = 0) {
  const text = raw === void 0 || raw.trim() === "" ? fallback : raw;
  const seconds = parseDuration(text);
  if (seconds === void 0) throw new InputError(name, `${DURATION_HELP} (got "${text}")`);
  if (seconds < min) throw new InputError(name, `must be at least ${min}s (got "${text}")`);
  return seconds;
}
function boolean(name, raw, fallback) {
  const text = (raw ?? "").trim().toLowerCase();
  if (text === "") return fallback;
  if (["true", "yes", "1", "on"].includes(text)) return true;
  if (["false", "no", "0", "off"].includes(text)) return false;
  throw new InputError(name, `must be true or false (got "${raw}")`);
}
function failOn(raw) {
  const text = (raw ?? "").trim().toLowerCase() || "error";
  if (text === "error" || text === "warning" || text === "never") return text;
  throw new InputError("fail-on", `must be one of error, warning, never (got "${raw}")`);
}
function awsMode(raw) {
  const text = (raw ?? "").trim().toLowerCase() || "auto";
  if (text === "auto" || text === "true" || text === "false") return text;
  throw new InputError("aws", `must be one of auto, true, false (got "${raw}")`);
}
function mode(raw) {
  const text = (raw ?? "").trim().toLowerCase() || "check";
  if (text === "check" || text === "audit") return text;
  throw new InputError("mode", `must be check or audit (got "${raw}")`);
}
function concurrency(raw) {
  const text = (raw ?? "").trim() || "8";
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InputError("concurrency", `must be a whole number from 1 to 64 (got "${raw}")`);
  return n;
}
function requirements(raw) {
  const parsed = parseRequirements(raw ?? "");
  if (!parsed.ok) throw new InputError("require", parsed.message);
  return parsed.requirements;
}
function optional(key, raw) {
  const v = raw?.trim();
  return v ? { [key]: v } : {};
}
function globs(raw) {
  return (raw ?? "").split(/[\n,]/).map((g) => g.trim()).filter((g) => g !== "" && !g.startsWith("#"));
}
function parseConfig(get, defaults, policy) {
  const kubeconfig = get("kubeconfig");
  const context = get("context")?.trim();
  const fromPolicy = policy?.policy?.defaults ?? {};
  const given = (name) => get(name)?.trim() ? get(name) : void 0;
  return {
    kubeconfig: kubeconfig === void 0 || kubeconfig.trim() === "auto" ? void 0 : kubeconfig,
    ...context ? { context } : {},
    offline: boolean("offline", get("offline"), false),
    minValiditySeconds: duration(
      "min-validity",
      given("min-validity") ?? fromPolicy.minValidity,
      "15m"
    ),
    warnWithinSeconds: duration(
      "warn-within",
      given("warn-within") ?? fromPolicy.warnWithin,
      "30d"
    ),
    failOn: failOn(given("fail-on") ?? fromPolicy.failOn),
    timeoutSeconds: duration("timeout", get("timeout"), "30s", 1),
    reportPath: get("report-path")?.trim() || defaults.reportPath,
    requirements: requirements(get("require")),
    expectIdentity: globs(get("expect-identity")),
    aws: awsMode(get("aws")),
    mode: mode(get("mode")),
    contexts: globs(get("contexts")),
    concurrency: concurrency(get("concurrency")),
    ...optional("awsRegion", get("aws-region")),
    ...optional("eksCluster", get("eks-cluster")),
    ...policy ? { policy } : {}
  };
}

// src/decide.ts
function decide(report, failOn2) {
  const { errors, warnings } = report.counts;
  const failed = failOn2 === "never" ? false : failOn2 === "warning" ? errors + warnings > 0 : errors > 0;
  const counts = `${errors} error(s), ${warnings} warning(s)`;
  if (failed) return { failed, reason: `kube-preflight found ${counts} (fail-on: ${failOn2}).` };
  return {
    failed,
    reason: `kube-preflight result: ${report.result} with ${counts} (fail-on: ${failOn2}).`
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
var MAX_BYTES = 256 * 1024;
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
  if (stat.size > MAX_BYTES) return problem(`is larger than ${MAX_BYTES / 1024} KiB`);
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    return problem(`cannot be read (${err.code ?? "error"})`);
  }
  const { parsePolicy } = await import("./parse-PXX3EFLK.js");
  return parsePolicy(text, { path: shown, file }, CHECK_IDS);
}

export {
  InputError,
  parseConfig,
  decide,
  startEarlyProbes,
  loadPolicy
};
