/** Opens, updates or closes the audit's tracking issue through the GitHub REST API (Octokit). */
import type { TrackingIssueConfig } from '../config.js';
import type { Report } from '../report/model.js';
import { decideIssue, type ExistingIssue } from './tracking-issue.js';
import { failure, octokitFor, ownerRepo } from './client.js';

export type IssueTarget = TrackingIssueConfig & {
  timeoutMs: number;
  /** Every text sent to GitHub is scrubbed of known secrets. */
  scrub: (text: string) => string;
};

export type IssueOutcome =
  | {
      ok: true;
      action: 'created' | 'updated' | 'closed' | 'unchanged';
      number?: number;
      why?: string;
    }
  | { ok: false; message: string };

/** Never throws: a failed call is an outcome that says why and what permission to grant. */
export async function syncTrackingIssue(report: Report, t: IssueTarget): Promise<IssueOutcome> {
  const where = ownerRepo(t.repository);
  if ('error' in where) return { ok: false, message: where.error };
  const { owner, repo } = where;
  try {
    const octokit = await octokitFor(t);
    const open = (await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'open',
      per_page: 100,
    })) as (ExistingIssue & { pull_request?: unknown })[];
    const issues = open.filter((i) => !i.pull_request);
    const action = decideIssue(report, t.name, issues, t.runUrl, t.scrub);
    const repoArgs = { owner, repo };
    switch (action.kind) {
      case 'create': {
        const { data } = await octokit.rest.issues.create({ ...repoArgs, ...action.text });
        return { ok: true, action: 'created', number: data.number };
      }
      case 'update':
        await octokit.rest.issues.update({
          ...repoArgs,
          issue_number: action.number,
          ...action.text,
        });
        return { ok: true, action: 'updated', number: action.number };
      case 'close':
        await octokit.rest.issues.createComment({
          ...repoArgs,
          issue_number: action.number,
          body: t.scrub(action.comment),
        });
        await octokit.rest.issues.update({
          ...repoArgs,
          issue_number: action.number,
          state: 'closed',
          state_reason: 'completed',
        });
        return { ok: true, action: 'closed', number: action.number };
      default:
        return { ok: true, action: 'unchanged', why: action.why };
    }
  } catch (err) {
    return failure(err, 'issues: write');
  }
}
