import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  failure,
  octokitFor,
  ownerRepo
} from "./chunk-VXU2S5IC.js";
import {
  cell,
  code
} from "./chunk-F77AKLAS.js";
import {
  byExpiry
} from "./chunk-V3ZPJ5RY.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";

// src/github/tracking-issue.ts
var marker = (name) => `<!-- kube-preflight:tracking-issue:${encodeURIComponent(name)} -->`;
var MAX_ROWS = 50;
var MAX_FINDINGS = 50;
function issueText(report, name, runUrl) {
  const bad = byExpiry(report.contexts).filter((c) => c.status !== "pass");
  const { errors, warnings } = report.counts;
  const rows = bad.slice(0, MAX_ROWS).map(
    (c) => `| ${code(c.name)} | ${cell(c.expiringKind)} | ${cell(c.expiresAt ?? "no expiry")} | ${c.status} |`
  );
  const findings = report.findings.filter((f) => f.severity !== "notice").slice(0, MAX_FINDINGS).map(
    (f) => `- **${f.severity}** ${code(f.id)}${f.context ? ` (${code(f.context)})` : ""}: ${cell(f.title)}`
  );
  const body = [
    marker(name),
    `kube-preflight's audit **${name}** found ${errors} error(s) and ${warnings} warning(s) in ${bad.length} of ${report.contexts.length} context(s).`,
    ...runUrl ? [`Latest run: ${runUrl} (its job summary has every finding in full).`] : [],
    "",
    "| Context | Credential | Expires | Status |",
    "|---|---|---|---|",
    ...rows,
    ...bad.length > rows.length ? ["", `_${bad.length - rows.length} more in the run's summary._`] : [],
    "",
    "### Findings",
    ...findings,
    "",
    "This issue is kept up to date by each audit run and closed when every context is healthy."
  ].join("\n");
  const where = bad.length ? ` in ${bad.length} context(s)` : "";
  return {
    title: `kube-preflight audit "${name}": ${errors} error(s), ${warnings} warning(s)${where}`,
    body
  };
}
var trusted = (i) => i.user?.type === "Bot" || ["OWNER", "MEMBER", "COLLABORATOR"].includes(i.author_association ?? "");
function decideIssue(report, name, open, runUrl, scrub = (s) => s) {
  const mine = open.find((i) => i.state === "open" && trusted(i) && i.body?.includes(marker(name)));
  const healthy = report.result === "pass";
  if (healthy && !mine)
    return { kind: "none", why: "every context is healthy and no issue is open" };
  if (healthy && mine)
    return {
      kind: "close",
      number: mine.number,
      comment: `Every context is healthy as of ${report.generatedAt}${runUrl ? ` (${runUrl})` : ""}. Closing.`
    };
  const raw = issueText(report, name, runUrl);
  const text = { title: scrub(raw.title), body: scrub(raw.body) };
  if (!mine) return { kind: "create", text };
  if (mine.body === text.body) return { kind: "none", why: `issue #${mine.number} is up to date` };
  return { kind: "update", number: mine.number, text };
}

// src/github/sync-issue.ts
async function syncTrackingIssue(report, t) {
  const where = ownerRepo(t.repository);
  if ("error" in where) return { ok: false, message: where.error };
  const { owner, repo } = where;
  try {
    const octokit = await octokitFor(t);
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: "open",
      per_page: 100
    });
    const issues = open.filter((i) => !i.pull_request);
    const action = decideIssue(report, t.name, issues, t.runUrl, t.scrub);
    const repoArgs = { owner, repo };
    switch (action.kind) {
      case "create": {
        const { data } = await octokit.rest.issues.create({ ...repoArgs, ...action.text });
        return { ok: true, action: "created", number: data.number };
      }
      case "update":
        await octokit.rest.issues.update({
          ...repoArgs,
          issue_number: action.number,
          ...action.text
        });
        return { ok: true, action: "updated", number: action.number };
      case "close":
        await octokit.rest.issues.createComment({
          ...repoArgs,
          issue_number: action.number,
          body: t.scrub(action.comment)
        });
        await octokit.rest.issues.update({
          ...repoArgs,
          issue_number: action.number,
          state: "closed",
          state_reason: "completed"
        });
        return { ok: true, action: "closed", number: action.number };
      default:
        return { ok: true, action: "unchanged", why: action.why };
    }
  } catch (err) {
    return failure(err, "issues: write");
  }
}
export {
  syncTrackingIssue
};
