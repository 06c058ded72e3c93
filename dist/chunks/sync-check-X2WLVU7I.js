import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  failure,
  octokitFor,
  ownerRepo
} from "./chunk-VXU2S5IC.js";
import {
  ANNOTATIONS_PER_REQUEST
} from "./chunk-V6YZG26F.js";
import "./chunk-UQX6GARV.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-V3ZPJ5RY.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";

// src/github/sync-check.ts
async function syncCheckRun(content, t) {
  const where = ownerRepo(t.repository);
  if ("error" in where) return { ok: false, message: where.error };
  const { owner, repo } = where;
  if (!t.headSha)
    return { ok: false, message: "no commit to attach the check to (GITHUB_SHA is not set)" };
  try {
    const octokit = await octokitFor(t);
    const clean = content.annotations.map((a) => ({
      ...a,
      title: t.scrub(a.title),
      message: t.scrub(a.message)
    }));
    const output = (annotations) => ({
      title: content.title,
      summary: t.scrub(content.summary),
      annotations
    });
    const [first = [], ...rest] = chunks(clean, ANNOTATIONS_PER_REQUEST);
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name: t.name,
      head_sha: t.headSha,
      status: "completed",
      conclusion: content.conclusion,
      ...t.runUrl ? { details_url: t.runUrl } : {},
      output: output(first)
    });
    for (const batch of rest)
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: data.id,
        output: output(batch)
      });
    return { ok: true, id: data.id, ...data.html_url ? { url: data.html_url } : {} };
  } catch (err) {
    return failure(err, "checks: write");
  }
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
export {
  syncCheckRun
};
