import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  cell,
  code,
  prose,
  proseLines
} from "./chunk-F77AKLAS.js";
import {
  byExpiry
} from "./chunk-V3ZPJ5RY.js";
import {
  formatDuration
} from "./chunk-DXAEI2LH.js";

// src/report/summary-live.ts
var MAX_PERMISSION_ROWS = 50;
var MAX_CAUSES = 5;
var MAX_DETAILED_CONTEXTS = 20;
var PROBLEM = {
  unauthorized: "401 Unauthorized",
  forbidden: "403 Forbidden",
  anonymous: "requests run as system:anonymous",
  tls: "the TLS handshake failed",
  unreachable: "the API server could not be reached"
};
var LIKELIHOOD = {
  high: "**High**",
  medium: "Medium",
  low: "Low"
};
function skew(s) {
  if (s === void 0) return "\u2014";
  return s === 0 ? "0 s" : `${s > 0 ? "+" : "\u2212"}${formatDuration(Math.abs(s))}`;
}
function liveTable(c, live) {
  const who = live.identity;
  const seen = who ? `${code(who.username)}` : "\u2014";
  const groups = who?.groups.length ? who.groups.map(code).join(" ") : "\u2014";
  const extra = Object.entries(who?.extra ?? {}).map(([k, v]) => `${k}=${v.join(",")}`).join("; ");
  const lines = [
    "",
    `### Live check \u2014 context ${code(c.name)}`,
    "",
    "| Server | Version | Seen as | Groups | Clock skew | Took |",
    "|---|---|---|---|---|---|",
    `| ${cell(c.server)} | ${cell(live.serverVersion)} | ${seen} | ${groups} | ${skew(live.clockSkewSeconds)} | ${live.durationMs === void 0 ? "\u2014" : `${live.durationMs} ms`} |`
  ];
  if (extra) lines.push("", `Extra user info: ${cell(extra)}`);
  if (live.note) lines.push("", `_${prose(live.note)}_`);
  return lines;
}
function awsTable(c) {
  const aws = c.aws;
  if (!aws || aws.skipped) return [];
  const caller = aws.callerArn ? code(aws.callerArn) : aws.callerError ? `\u274C ${cell(aws.callerError)}` : "\u2014";
  return [
    "",
    "| EKS cluster | Region | AWS credentials | Session expires | AWS caller |",
    "|---|---|---|---|---|",
    `| ${code(aws.eksCluster)} | ${cell(aws.region)} | ${cell(aws.credentialSource ?? "none found")} | ${cell(aws.sessionExpiresAt)} | ${caller} |`,
    ...eksTable(aws.eks)
  ];
}
function eksTable(eks) {
  if (!eks) return [];
  const m = eks.mapping;
  const mapped = !m ? "\u2754 unknown" : m.source === "none" ? "\u274C not mapped" : `${m.source}: ${[m.username, m.groups?.length ? `groups ${m.groups.join(", ")}` : "", m.policies?.length ? `policies ${m.policies.join(", ")}` : ""].filter(Boolean).join("; ")}`;
  const status = eks.error ? `\u274C ${eks.error}` : eks.status ?? "\u2014";
  return [
    "",
    "| Cluster status | Auth mode | Endpoint | Cluster sees | Mapping | Authenticator log |",
    "|---|---|---|---|---|---|",
    `| ${cell(status)} | ${cell(eks.authMode)} | ${cell(eks.endpointAccess)} | ${code(eks.clusterSees)} | ${cell(mapped)} | ${cell(eks.authenticatorLog)} |`
  ];
}
function permissionsTable(live) {
  if (live.permissions.length === 0) return [];
  const rows = live.permissions.slice(0, MAX_PERMISSION_ROWS).map((p) => {
    const result = p.allowed === true ? "\u2705 yes" : p.allowed === false ? "\u274C no" : "\u2754 unknown";
    return `| ${code(p.require)} | ${cell(p.check)} | ${result} | ${cell(p.reason)} |`;
  });
  const more = live.permissions.length - rows.length;
  return [
    "",
    "| Require | Checked | Allowed | Authorizer\u2019s reason |",
    "|---|---|---|---|",
    ...rows,
    ...more > 0 ? ["", `_${more} more in the JSON report._`] : []
  ];
}
function causeItem(c, i) {
  const window = c.window ? ` _(within ${c.window})_` : "";
  return [
    `${i + 1}. ${LIKELIHOOD[c.likelihood]} \u2014 ${prose(c.title)}${window}`,
    ...c.evidence.map((e) => `   - ${prose(e)}`),
    `   - _Would settle it:_ ${prose(c.settle)}`,
    `   - _Fix:_ ${prose(c.fix)}`
  ];
}
function diagnosisSection(d) {
  return [
    "",
    `### Why it failed \u2014 ${PROBLEM[d.problem]} (context ${code(d.context)})`,
    "",
    prose(d.observed),
    ...d.windowNote ? ["", `_${prose(d.windowNote)}_`] : [],
    "",
    "Likely causes, most likely first:",
    "",
    ...d.causes.slice(0, MAX_CAUSES).flatMap(causeItem)
  ];
}
function liveSections(report) {
  const out = [];
  const detailed = report.contexts.filter((c) => c.live).slice(0, MAX_DETAILED_CONTEXTS);
  for (const c of detailed) {
    const live = c.live;
    if (live.status === "skipped") continue;
    out.push(...liveTable(c, live), ...awsTable(c), ...permissionsTable(live));
    if (c.diagnosis) out.push(...diagnosisSection(c.diagnosis));
  }
  return out;
}

// src/report/text.ts
var RESULT_WORD = {
  pass: "Cluster credentials look good",
  warn: "Cluster credentials work, with warnings",
  fail: "Cluster credentials will not work"
};
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var RESULT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function timeLeft(iso, now) {
  if (!iso) return "\u2014";
  const s = Math.floor((Date.parse(iso) - now.getTime()) / 1e3);
  return s <= 0 ? `expired ${formatDuration(-s)} ago` : formatDuration(s);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/summary.ts
var MAX_SUMMARY_BYTES = 1e3 * 1024;
var MAX_SUPPRESSED_ROWS = 100;
function verdict(report) {
  const alert = { pass: "TIP", warn: "WARNING", fail: "CAUTION" }[report.result];
  const { errors, warnings, notices } = report.counts;
  const lines = [
    `## ${RESULT_ICON[report.result]} kube-preflight: ${RESULT_WORD[report.result]}`,
    "",
    `> [!${alert}]`,
    `> **${report.result.toUpperCase()}** \u2014 ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}.`
  ];
  if (report.identity) lines.push(`> The API server will see you as ${code(report.identity)}.`);
  if (report.expiresAt) {
    const now = new Date(report.generatedAt);
    lines.push(
      `> Earliest credential expiry: ${report.expiresAt} (${timeLeft(report.expiresAt, now)}).`
    );
  }
  return lines;
}
function contextsTable(report) {
  if (report.contexts.length === 0) return [];
  const rows = report.contexts.map(
    (c) => `| ${code(c.name)} | ${code(c.cluster)} | ${cell(c.server)} | ${code(c.user)} | ${cell(c.authMethod)} | ${code(c.identity)} |`
  );
  return [
    "",
    "### Contexts",
    "",
    "| Context | Cluster | Server | User | Auth | Identity |",
    "|---|---|---|---|---|---|",
    ...rows
  ];
}
function credentialsTable(report) {
  const now = new Date(report.generatedAt);
  const rows = report.contexts.flatMap(
    (c) => c.credentials.map(
      (r) => `| ${code(c.name)} | ${cell(r.kind)} | ${cell(r.subject)} | ${cell(r.notAfter)} | ${cell(timeLeft(r.notAfter, now))}${r.renewedBy ? ` (renewed by the ${r.renewedBy})` : ""} | ${code(r.fingerprint?.slice(0, 23))} | ${cell(r.source)} |`
    )
  );
  if (rows.length === 0) return [];
  return [
    "",
    "### Credentials",
    "",
    "| Context | Kind | Subject | Expires | Time left | Fingerprint | Source |",
    "|---|---|---|---|---|---|---|",
    ...rows
  ];
}
function evidenceDetails(f) {
  if (!f.evidence || Object.keys(f.evidence).length === 0) return [];
  const rows = Object.entries(f.evidence).map(
    ([k, v]) => `| ${cell(k)} | ${cell(Array.isArray(v) ? v.join(", ") : String(v))} |`
  );
  return [
    "",
    "<details><summary>Evidence</summary>",
    "",
    "| | |",
    "|---|---|",
    ...rows,
    "",
    "</details>"
  ];
}
function findingSection(f) {
  const where = f.context ? ` \u2014 context ${code(f.context)}` : "";
  const named = f.location && f.message.includes(f.location.file);
  const loc = f.location && !named ? ` (${cell(f.location.file)}${f.location.line ? `:${f.location.line}` : ""})` : "";
  return [
    "",
    `#### ${SEVERITY_ICON[f.severity]} ${f.title} (${code(f.id)})${where}`,
    "",
    `${prose(f.message)}${loc}`,
    "",
    `**Fix:** ${proseLines(f.remediation)}`,
    ...evidenceDetails(f)
  ];
}
function suppressedDetails(report) {
  const hidden = report.suppressed ?? [];
  if (!hidden.length) return [];
  const rows = hidden.slice(0, MAX_SUPPRESSED_ROWS).map((f) => {
    const s = f.suppressed;
    const until = s?.until ? ` (until ${s.until})` : "";
    return `| ${SEVERITY_ICON[f.severity]} ${code(f.id)} | ${code(f.context)} | ${cell(f.message)} | ${cell(s?.reason)}${until} | ${cell(s ? `${s.file}:${s.line}` : "")} |`;
  });
  return [
    "",
    `<details><summary>${plural(hidden.length, "finding")} suppressed by the policy file</summary>`,
    "",
    "| Check | Context | Finding | Reason | Decided at |",
    "|---|---|---|---|---|",
    ...rows,
    ...hidden.length > rows.length ? ["", `_${hidden.length - rows.length} more are in the JSON report._`] : [],
    "",
    "</details>"
  ];
}
var STATUS = { fail: "\u274C fail", warn: "\u26A0\uFE0F warn", pass: "\u2705 pass" };
var MAX_AUDIT_ROWS = 1e3;
function auditTable(report) {
  const now = new Date(report.generatedAt);
  const sorted = byExpiry(report.contexts);
  const rows = sorted.slice(0, MAX_AUDIT_ROWS).map(
    (c) => `| ${code(c.name)} | ${code(c.cluster)} | ${code(c.identity)} | ${cell(c.expiringKind)} | ${cell(c.expiresAt)} | ${cell(c.expiresAt ? timeLeft(c.expiresAt, now) : "no expiry")} | ${STATUS[c.status ?? "pass"]} |`
  );
  const more = sorted.length - rows.length;
  return [
    "",
    `### Audit: ${plural(report.contexts.length, "context")}, soonest expiry first`,
    "",
    "| Context | Cluster | Identity | Credential | Expires | Time left | Status |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    ...more > 0 ? ["", `_${more} more context(s) are in the JSON report._`] : []
  ];
}
function renderSummary(report) {
  const head = report.mode === "audit" ? [...verdict(report), ...auditTable(report)] : [
    ...verdict(report),
    ...contextsTable(report),
    ...credentialsTable(report),
    ...liveSections(report)
  ];
  const tail = [
    ...suppressedDetails(report),
    "",
    `<sub>kube-preflight ${report.tool.version} \xB7 report schema v${report.schemaVersion} \xB7 ${report.generatedAt}</sub>`,
    ""
  ];
  const body = report.findings.length ? ["", "### Findings"] : ["", "No problems found."];
  let size = Buffer.byteLength([...head, ...tail].join("\n"));
  let shown = 0;
  for (const f of report.findings) {
    const section = findingSection(f);
    const bytes = Buffer.byteLength(section.join("\n")) + 1;
    if (size + bytes > MAX_SUMMARY_BYTES - 512) break;
    body.push(...section);
    size += bytes;
    shown++;
  }
  if (shown < report.findings.length) {
    body.push(
      "",
      `_${report.findings.length - shown} more finding(s) are in the JSON report (the summary is capped at 1 MiB)._`
    );
  }
  return [...head, ...body, ...tail].join("\n");
}

export {
  RESULT_WORD,
  timeLeft,
  plural,
  renderSummary
};
