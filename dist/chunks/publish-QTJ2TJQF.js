import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import "./chunk-H5DNCB4H.js";

// src/github/publish.ts
async function publishToGithub(report, failed, config, ctx) {
  const done = await Promise.all([
    config.trackingIssue ? trackIssue(report, config.trackingIssue, ctx) : void 0,
    config.checkRun ? publishCheck(report, failed, config.checkRun, ctx) : void 0
  ]);
  const parts = done.filter((d) => d !== void 0);
  return {
    notes: parts.flatMap((p) => p.notes),
    outputs: Object.assign({}, ...parts.map((p) => p.outputs))
  };
}
var warning = (text, scrub) => ({
  notes: [{ level: "warning", text: scrub(text) }],
  outputs: {}
});
async function trackIssue(report, target, { scrub }) {
  const { syncTrackingIssue } = await import("./sync-issue-COQGZT24.js");
  const outcome = await syncTrackingIssue(report, { ...target, timeoutMs: 15e3, scrub });
  if (!outcome.ok)
    return warning(`kube-preflight could not update its tracking issue: ${outcome.message}`, scrub);
  const number = outcome.number ? `#${outcome.number} ` : "";
  const text = `Tracking issue ${number}${outcome.action}${outcome.why ? `: ${outcome.why}` : ""}.`;
  return {
    notes: [{ level: "info", text }],
    outputs: outcome.number ? { "tracking-issue": String(outcome.number) } : {}
  };
}
async function publishCheck(report, failed, target, { workspace, scrub }) {
  const [{ checkRunContent }, { syncCheckRun }] = await Promise.all([
    import("./check-run-OC3TKBA6.js"),
    import("./sync-check-X2WLVU7I.js")
  ]);
  const content = checkRunContent(report, failed, {
    scrub,
    ...workspace ? { workspace } : {},
    ...target.workflowFile ? { workflowFile: target.workflowFile } : {}
  });
  const outcome = await syncCheckRun(content, { ...target, timeoutMs: 15e3, scrub });
  if (!outcome.ok)
    return warning(`kube-preflight could not publish its check run: ${outcome.message}`, scrub);
  const url = outcome.url ? `: ${outcome.url}` : "";
  return {
    notes: [{ level: "info", text: `Check run "${target.name}" ${content.conclusion}${url}.` }],
    outputs: { "check-run-id": String(outcome.id) }
  };
}
export {
  publishToGithub
};
