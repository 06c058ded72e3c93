import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  writeReportFile
} from "./chunk-TKV6HM4B.js";
import {
  renderSummary
} from "./chunk-UQX6GARV.js";
import {
  renderAnnotations
} from "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-V3ZPJ5RY.js";
import {
  annotationLine,
  commandLine,
  outputEntry
} from "./chunk-HYBGAORP.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";

// src/report/emit.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

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
var log = {
  info: (text) => void process.stdout.write(text + EOL),
  warning: (text) => void process.stdout.write(annotationLine("warning", text)),
  /** An error annotation, and exit code 1 (core.setFailed). */
  fail(text) {
    process.exitCode = 1;
    process.stdout.write(annotationLine("error", text));
  },
  setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file) appendFileSync(file, outputEntry(name, value, `ghadelimiter_${randomUUID()}`));
    else process.stdout.write(EOL + commandLine("set-output", value, { name }));
  }
};
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
    process.stdout.write(annotationLine(a.level, scrub(a.message), props));
  }
  for (const [name, value] of Object.entries(renderOutputs(report, opts.reportPath))) {
    log.setOutput(name, scrub(value));
  }
  if (opts.summaryFile) appendFileSync(opts.summaryFile, scrub(renderSummary(report)));
  else log.info("GITHUB_STEP_SUMMARY is not set: no job summary written.");
}
export {
  emitAction,
  log
};
