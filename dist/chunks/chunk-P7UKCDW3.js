import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

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
function renderAnnotations(report, workspace, scrub = (s) => s) {
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
      title: clip(scrub(`${f.title} (${f.id})`), 255),
      message: clip(scrub(`${where}${f.message}
Fix: ${f.remediation}`), MAX_MESSAGE),
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

export {
  clip,
  fileIn,
  renderAnnotations
};
