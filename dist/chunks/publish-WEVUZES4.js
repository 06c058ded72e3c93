import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import "./chunk-H5DNCB4H.js";

// src/github/publish.ts
async function publishToGithub(core, report, failed, config, ctx) {
  await Promise.all([
    config.trackingIssue && trackIssue(core, report, config.trackingIssue, ctx),
    config.checkRun && publishCheck(core, report, failed, config.checkRun, ctx)
  ]);
}
async function trackIssue(core, report, target, { scrub }) {
  core.setSecret(target.token);
  const { syncTrackingIssue } = await import("./sync-issue-IUTIEMOU.js");
  const outcome = await syncTrackingIssue(report, { ...target, timeoutMs: 15e3, scrub });
  if (!outcome.ok) {
    core.warning(scrub(`kube-preflight could not update its tracking issue: ${outcome.message}`));
    return;
  }
  if (outcome.number) core.setOutput("tracking-issue", String(outcome.number));
  core.info(
    `Tracking issue ${outcome.number ? `#${outcome.number} ` : ""}${outcome.action}${outcome.why ? `: ${outcome.why}` : ""}.`
  );
}
async function publishCheck(core, report, failed, target, { workspace, scrub }) {
  core.setSecret(target.token);
  const [{ checkRunContent }, { syncCheckRun }] = await Promise.all([
    import("./check-run-2Q2ADFTW.js"),
    import("./sync-check-EMIYCFV6.js")
  ]);
  const content = checkRunContent(report, failed, {
    ...workspace ? { workspace } : {},
    ...target.workflowFile ? { workflowFile: target.workflowFile } : {}
  });
  const outcome = await syncCheckRun(content, { ...target, timeoutMs: 15e3, scrub });
  if (!outcome.ok) {
    core.warning(scrub(`kube-preflight could not publish its check run: ${outcome.message}`));
    return;
  }
  core.setOutput("check-run-id", String(outcome.id));
  core.info(
    `Check run "${target.name}" ${content.conclusion}${outcome.url ? `: ${outcome.url}` : ""}.`
  );
}
export {
  publishToGithub
};
