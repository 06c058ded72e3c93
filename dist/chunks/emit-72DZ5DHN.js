import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  renderSummary,
  writeReportFile
} from "./chunk-E4TDHJDS.js";
import "./chunk-VBSNLJL2.js";
import "./chunk-OQQ72XAH.js";
import "./chunk-J3BZZ7N3.js";
import "./chunk-DXAEI2LH.js";
import {
  core_exports,
  info,
  setOutput,
  summary
} from "./chunk-W5CWLWRD.js";
import "./chunk-A5I4QA4M.js";
import "./chunk-H5DNCB4H.js";

// src/report/annotations.ts
import * as path from "node:path";
var MAX_PER_LEVEL = 10;
var MAX_MESSAGE = 4096;
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function fileIn(workspace, file) {
  if (!workspace || !path.isAbsolute(file)) return void 0;
  const rel = path.relative(workspace, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : void 0;
}
function renderAnnotations(report, workspace) {
  const out = [];
  const dropped = { error: 0, warning: 0, notice: 0 };
  const used = { error: 0, warning: 0, notice: 0 };
  for (const f of report.findings) {
    if (f.severity === "notice") continue;
    if (used[f.severity] >= MAX_PER_LEVEL) {
      dropped[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const file = f.location ? fileIn(workspace, f.location.file) : void 0;
    const named = f.context !== void 0 && f.message.includes(`"${f.context}"`);
    const where = f.context && !named ? `[context ${f.context}] ` : "";
    out.push({
      level: f.severity,
      title: clip(`${f.title} (${f.id})`, 255),
      message: clip(`${where}${f.message}
Fix: ${f.remediation}`, MAX_MESSAGE),
      ...file ? { file } : {},
      ...file && f.location?.line ? { startLine: f.location.line } : {},
      ...file && f.location?.column ? { startColumn: f.location.column } : {}
    });
  }
  const more = dropped.error + dropped.warning;
  if (more > 0) {
    out.push({
      level: "notice",
      title: "kube-preflight: more findings in the job summary",
      message: `${more} more finding(s) (${dropped.error} error, ${dropped.warning} warning) are not shown as annotations: GitHub shows at most ${MAX_PER_LEVEL} per level. See the job summary or the JSON report.`
    });
  }
  return out;
}

// src/report/outputs.ts
function renderOutputs(report, reportPath) {
  return {
    result: report.result,
    report: reportPath,
    identity: report.identity ?? "",
    groups: (report.groups ?? []).join(","),
    "server-version": report.serverVersion ?? "",
    "clock-skew-seconds": report.clockSkewSeconds === void 0 ? "" : String(report.clockSkewSeconds),
    "aws-caller-arn": report.awsCallerArn ?? "",
    "aws-principal-arn": report.awsPrincipalArn ?? "",
    "aws-account-id": report.awsAccountId ?? "",
    "eks-cluster": report.eksCluster ?? "",
    "eks-auth-mode": report.eksAuthMode ?? "",
    "expires-at": report.expiresAt ?? "",
    "seconds-to-expiry": report.secondsToExpiry === void 0 ? "" : String(report.secondsToExpiry),
    errors: String(report.counts.errors),
    warnings: String(report.counts.warnings),
    notices: String(report.counts.notices)
  };
}

// src/report/emit.ts
async function emitAction(report, opts) {
  const scrub = (s) => opts.secrets.scrub(s);
  await writeReportFile(report, opts.reportPath, opts.secrets);
  for (const a of renderAnnotations(report, opts.workspace)) {
    const props = {
      title: scrub(a.title),
      ...a.file ? { file: a.file } : {},
      ...a.startLine ? { startLine: a.startLine } : {},
      ...a.startColumn ? { startColumn: a.startColumn } : {}
    };
    core_exports[a.level](scrub(a.message), props);
  }
  for (const [name, value] of Object.entries(renderOutputs(report, opts.reportPath))) {
    setOutput(name, scrub(value));
  }
  if (opts.hasSummary) await summary.addRaw(scrub(renderSummary(report))).write();
  else info("GITHUB_STEP_SUMMARY is not set: no job summary written.");
}
export {
  emitAction
};
