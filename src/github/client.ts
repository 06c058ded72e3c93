/** The Octokit client both writers use (loaded only when asked), and how a failed call reads. */
import type { GithubTarget } from '../config.js';

export async function octokitFor(t: GithubTarget & { timeoutMs: number }) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(t.token, {
    ...(t.apiUrl ? { baseUrl: t.apiUrl } : {}),
    request: { signal: AbortSignal.timeout(t.timeoutMs) },
  });
}

/** `owner/repo` split, or why not. */
export function ownerRepo(repository: string): { owner: string; repo: string } | { error: string } {
  const [owner, repo] = repository.split('/');
  return owner && repo
    ? { owner, repo }
    : { error: `GITHUB_REPOSITORY "${repository}" is not owner/repo` };
}

/** A failed call as one line: the status, GitHub's message, and the permission to grant. */
export function failure(err: unknown, permission: string): { ok: false; message: string } {
  const e = err as { status?: number; message?: string };
  const hint =
    e.status === 403 || e.status === 404
      ? ` Give the job \`permissions: ${permission}\`${permission === 'checks: write' ? ' (a pull request from a fork gets a read-only token: run the check in a workflow that has one)' : ' (and a token that may write issues in this repository)'}.`
      : '';
  return {
    ok: false,
    message: `${e.status ? `HTTP ${e.status}: ` : ''}${e.message ?? String(err)}.${hint}`,
  };
}
