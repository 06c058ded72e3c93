import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  writeReportFile
} from "./chunk-TKV6HM4B.js";
import {
  renderSummary
} from "./chunk-5WB7YRVL.js";
import {
  renderAnnotations
} from "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-NXEYVLRO.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import {
  core_exports,
  info,
  setOutput,
  summary
} from "./chunk-W5CWLWRD.js";
import "./chunk-A5I4QA4M.js";
import "./chunk-H5DNCB4H.js";

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
  for (const a of renderAnnotations(report, opts.workspace, scrub)) {
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
