import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  renderSummary
} from "./chunk-UQX6GARV.js";
import {
  clip,
  fileIn
} from "./chunk-P7UKCDW3.js";

// src/github/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_SUMMARY = 65e3;
var MAX_ANNOTATIONS = 500;
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function annotation(f, o, scrub) {
  const file = f.location ? fileIn(o.workspace, f.location.file) : void 0;
  const path = file ?? o.workflowFile;
  if (!path) return void 0;
  const line = file && f.location?.line || 1;
  const where = f.context ? `[context ${f.context}] ` : "";
  return {
    path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[f.severity],
    title: clip(scrub(`${f.title} (${f.id})`), 255),
    message: clip(scrub(`${where}${f.message}
Fix: ${f.remediation}`), 4096)
  };
}
function checkRunContent(report, failed, o) {
  const scrub = o.scrub ?? ((s) => s);
  const { errors, warnings, notices } = report.counts;
  const summary = scrub(renderSummary(report));
  return {
    conclusion: failed ? "failure" : report.result === "pass" ? "success" : "neutral",
    title: `${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`,
    summary: summary.length <= MAX_SUMMARY ? summary : `${summary.slice(0, MAX_SUMMARY)}

_(cut: the job summary and the JSON report have the rest)_`,
    annotations: report.findings.flatMap((f) => annotation(f, o, scrub) ?? []).slice(0, MAX_ANNOTATIONS)
  };
}

export {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
};
