import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-AHPMM5OX.js";
import {
  CHECKS,
  runEngine
} from "./chunk-BSGRJSND.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-I4BLV3Y7.js";
import "./chunk-FBYZSV5K.js";
import {
  renderJson,
  writeReportFile
} from "./chunk-TKV6HM4B.js";
import {
  renderSummary
} from "./chunk-UQX6GARV.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-V3ZPJ5RY.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";

// src/report/catalogue.ts
function renderCatalogue(checks) {
  const areas = [...new Set(checks.map((c) => c.id.split("/")[0]))];
  const out = [
    "# kube-preflight check catalogue",
    "",
    "<!-- Generated from src/checks by `npm run docs`; do not edit by hand. -->",
    "",
    `${checks.length} checks. Each id is stable and appears in annotations, the job summary and the JSON report.`,
    "Severities are defaults: expiry checks raise a warning to an error inside `min-validity`.",
    "",
    "| Id | Severity | Title |",
    "|---|---|---|",
    ...checks.map((c) => `| [\`${c.id}\`](#${anchor(c.id)}) | ${c.severity} | ${c.title} |`)
  ];
  for (const area of areas) {
    out.push("", `## ${area}`);
    for (const c of checks.filter((x) => x.id.startsWith(`${area}/`))) {
      out.push(
        "",
        `### ${c.id}`,
        "",
        `**${c.title}** \u2014 default severity: ${c.severity}`,
        "",
        c.description,
        "",
        `**Fix:** ${c.remediation}`
      );
    }
  }
  return `${out.join("\n")}
`;
}
function anchor(id) {
  return id.replace(/[^a-z0-9-]/g, "");
}
function renderExplain(check) {
  return [
    `${check.id} \u2014 ${check.title} (default severity: ${check.severity})`,
    "",
    check.description,
    "",
    `Fix: ${check.remediation}`,
    ""
  ].join("\n");
}
export {
  CHECKS,
  renderCatalogue,
  renderExplain,
  renderJson,
  renderSummary,
  renderTerminal,
  runEngine,
  writeReportFile
};
