import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
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

export {
  InputError,
  boolean,
  parseConfig
};
