import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  MAX_POLICY_BYTES,
  TOO_LARGE
} from "./chunk-FBYZSV5K.js";
import {
  MAX_YAML_DEPTH,
  globMatch,
  require_dist,
  yamlTooDeep
} from "./chunk-4A4SSQ3P.js";
import {
  parseDuration
} from "./chunk-DXAEI2LH.js";
import {
  __toESM
} from "./chunk-H5DNCB4H.js";

// src/policy/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var SEVERITIES = ["error", "warning", "notice", "off"];
var FAIL_ON = ["error", "warning", "never"];
function realDay(day) {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day);
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}
function nearest(id, known) {
  const [best] = known.filter((k) => Math.abs(k.length - id.length) <= 3).map((k) => [k, distance(id, k)]).sort((x, y) => x[1] - y[1]);
  return best && best[1] <= 3 ? best[0] : void 0;
}
function parsePolicy(text, where, known) {
  const { path, file } = where;
  const problems = [];
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
    return { path, file, problems: [{ message: TOO_LARGE }] };
  const deep = yamlTooDeep(text);
  if (deep !== void 0) {
    const line = text.slice(0, deep).split("\n").length;
    return {
      path,
      file,
      problems: [{ line, message: `nests deeper than ${MAX_YAML_DEPTH} levels` }]
    };
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (n) => n?.range ? lines.linePos(n.range[0]).line : void 0;
  const add = (n, message) => {
    const line = lineOf(n);
    problems.push(line ? { line, message } : { message });
  };
  for (const e of doc.errors) {
    const line = lines.linePos(e.pos[0]).line;
    problems.push({ ...line ? { line } : {}, message: `is not valid YAML: ${e.code}` });
  }
  if (problems.length) return { path, file, problems };
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) {
    return {
      path,
      file,
      policy: { severity: {}, severityLines: {}, suppressions: [], defaults: {} },
      problems
    };
  }
  if (!(0, import_yaml.isMap)(root))
    return {
      path,
      file,
      problems: [{ message: "must be a mapping (defaults, checks, suppress)" }]
    };
  const policy = { severity: {}, severityLines: {}, suppressions: [], defaults: {} };
  const str = (n) => (0, import_yaml.isScalar)(n) && (typeof n.value === "string" || typeof n.value === "number") ? String(n.value).trim() : void 0;
  const known_ = (id, n) => {
    if (known.some((k) => globMatch(id, k))) return true;
    const hint = nearest(id, known);
    add(n, `names no check "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
    return false;
  };
  for (const pair of root.items) {
    const key = str(pair.key);
    const value = pair.value;
    if (key === "version") continue;
    if (key === "defaults") readDefaults(value);
    else if (key === "checks") readChecks(value);
    else if (key === "suppress") readSuppress(value);
    else add(pair.key, `has an unknown key "${key}" (known: defaults, checks, suppress)`);
  }
  return problems.length ? { path, file, problems } : { path, file, policy, problems };
  function readDefaults(n) {
    if (!(0, import_yaml.isMap)(n)) return add(n, "`defaults` must be a mapping");
    for (const pair of n.items) {
      const key = str(pair.key);
      const v = str(pair.value);
      const at = pair.value;
      if (key === "min-validity" || key === "warn-within") {
        if (v === void 0 || parseDuration(v) === void 0)
          add(
            at,
            `\`defaults.${key}\` must be a duration such as 15m, 12h or 30d (got "${v ?? ""}")`
          );
        else policy.defaults[key === "min-validity" ? "minValidity" : "warnWithin"] = v;
      } else if (key === "fail-on") {
        const f = FAIL_ON.find((x) => x === v);
        if (!f)
          add(at, `\`defaults.fail-on\` must be one of ${FAIL_ON.join(", ")} (got "${v ?? ""}")`);
        else policy.defaults.failOn = f;
      } else
        add(
          pair.key,
          `\`defaults\` has an unknown key "${key}" (known: min-validity, warn-within, fail-on)`
        );
    }
  }
  function readChecks(n) {
    if (!(0, import_yaml.isMap)(n)) return add(n, "`checks` must map check ids to a severity");
    for (const pair of n.items) {
      const id = str(pair.key) ?? "";
      const v = str(pair.value) ?? ((0, import_yaml.isScalar)(pair.value) && pair.value.value === false ? "off" : void 0);
      const sev = SEVERITIES.find((s) => s === v);
      if (!known_(id, pair.key)) continue;
      if (!sev)
        add(
          pair.value,
          `\`checks.${id}\` must be one of ${SEVERITIES.join(", ")} (got "${v ?? ""}")`
        );
      else if (id.startsWith("policy/"))
        add(pair.key, `the policy's own checks (${id}) cannot be changed`);
      else {
        policy.severity[id] = sev;
        policy.severityLines[id] = lineOf(pair.key) ?? 0;
      }
    }
  }
  function readSuppress(n) {
    if (!(0, import_yaml.isSeq)(n)) return add(n, "`suppress` must be a list of {check, reason, context?, until?}");
    for (const item of n.items) {
      if (!(0, import_yaml.isMap)(item)) {
        add(item, "each `suppress` entry must be a mapping with check and reason");
        continue;
      }
      const get = (k) => item.items.find((p) => str(p.key) === k);
      const bad = item.items.map((p) => str(p.key)).filter((k) => !["check", "context", "reason", "until"].includes(k ?? ""));
      for (const k of bad)
        add(
          item,
          `a \`suppress\` entry has an unknown key "${k}" (known: check, context, reason, until)`
        );
      const check = str(get("check")?.value);
      const reason = str(get("reason")?.value);
      const context = str(get("context")?.value);
      const until = get("until")?.value;
      const untilText = (0, import_yaml.isScalar)(until) ? String(until.value) : void 0;
      const dateOk = untilText !== void 0 && /^\d{4}-\d\d-\d\d$/.test(untilText) && realDay(untilText);
      if (!check) add(item, "a `suppress` entry needs `check` (a check id or a glob over ids)");
      else if (check.startsWith("policy/"))
        add(get("check")?.value, `the policy's own checks (${check}) cannot be suppressed`);
      else known_(check, get("check")?.value);
      if (!reason)
        add(item, `the suppression of "${check ?? "?"}" needs a \`reason\` (why, and who decided)`);
      if (until !== void 0 && !dateOk)
        add(until, `\`until\` must be a date YYYY-MM-DD (got "${untilText ?? ""}")`);
      if (!check || !reason) continue;
      const s = { check, reason, line: lineOf(item) ?? 0 };
      if (context) s.context = context;
      if (dateOk) s.until = untilText;
      policy.suppressions.push(s);
    }
  }
}
export {
  parsePolicy
};
