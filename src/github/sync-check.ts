/** Creates the named check run on the commit, then adds its annotations 50 at a time. */
import type { CheckRunConfig } from '../config.js';
import { ANNOTATIONS_PER_REQUEST, type CheckRunContent } from './check-run.js';
import { failure, octokitFor, ownerRepo } from './client.js';

export type CheckOutcome = { ok: true; id: number; url?: string } | { ok: false; message: string };

/**
 * Never throws: a failed call is an outcome that says why and what permission to grant. `content`
 * is sent as it is: checkRunContent scrubbed it before cutting it to the API's limits.
 */
export async function syncCheckRun(
  content: CheckRunContent,
  t: CheckRunConfig & { timeoutMs: number },
): Promise<CheckOutcome> {
  const where = ownerRepo(t.repository);
  if ('error' in where) return { ok: false, message: where.error };
  const { owner, repo } = where;
  if (!t.headSha)
    return { ok: false, message: 'no commit to attach the check to (GITHUB_SHA is not set)' };
  try {
    const octokit = await octokitFor(t);
    const output = (annotations: CheckRunContent['annotations']) => ({
      title: content.title,
      summary: content.summary,
      annotations,
    });
    const [first = [], ...rest] = chunks(content.annotations, ANNOTATIONS_PER_REQUEST);
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name: t.name,
      head_sha: t.headSha,
      status: 'completed',
      conclusion: content.conclusion,
      ...(t.runUrl ? { details_url: t.runUrl } : {}),
      output: output(first),
    });
    for (const batch of rest)
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: data.id,
        output: output(batch),
      });
    return { ok: true, id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
  } catch (err) {
    return failure(err, 'checks: write');
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
