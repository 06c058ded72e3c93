import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

// src/github/client.ts
async function octokitFor(t) {
  const { getOctokit } = await import("./github-N4BYZQ5J.js");
  return getOctokit(t.token, {
    ...t.apiUrl ? { baseUrl: t.apiUrl } : {},
    request: { signal: AbortSignal.timeout(t.timeoutMs) }
  });
}
function ownerRepo(repository) {
  const [owner, repo] = repository.split("/");
  return owner && repo ? { owner, repo } : { error: `GITHUB_REPOSITORY "${repository}" is not owner/repo` };
}
function failure(err, permission) {
  const e = err;
  const hint = e.status === 403 || e.status === 404 ? ` Give the job \`permissions: ${permission}\`${permission === "checks: write" ? " (a pull request from a fork gets a read-only token: run the check in a workflow that has one)" : " (and a token that may write issues in this repository)"}.` : "";
  return {
    ok: false,
    message: `${e.status ? `HTTP ${e.status}: ` : ""}${e.message ?? String(err)}.${hint}`
  };
}

export {
  octokitFor,
  ownerRepo,
  failure
};
