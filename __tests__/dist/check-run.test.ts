/**
 * check-run: true — the bundled action publishes a named check run on the pull request's head
 * commit with its findings as annotations, through the real Octokit client against a loopback
 * server with GitHub's Checks routes (which refuse more than 50 annotations per request).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startGithubApi, type GithubApi } from '../helpers/github-api.js';
import { expectNoLeak, runAction, runActionAsync } from '../helpers/runner.js';
import { makeJwt, seconds } from '../helpers/tokens.js';

const TOKEN = `ghs_canary${randomBytes(12).toString('hex')}`;
const HEAD = 'a'.repeat(40);
let api: GithubApi;
beforeAll(async () => {
  api = await startGithubApi('acme', 'app', TOKEN);
});
afterAll(async () => api?.close());

const jwt = (hours: number, i = 0) =>
  makeJwt({ sub: `system:serviceaccount:ci:sa${i}`, iat: seconds(new Date()) - 7200, exp: seconds(new Date()) + hours * 3600 });

/** A workspace with the kubeconfig in it (so findings point at its lines) and a PR event payload. */
function workspace(kubeconfig: string) {
  const dir = runAction({}).dir;
  mkdirSync(path.join(dir, 'deploy'));
  writeFileSync(path.join(dir, 'deploy/kubeconfig.yaml'), kubeconfig);
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }));
  return {
    dir,
    env: {
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_EVENT_PATH: event,
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/deploy.yml@refs/pull/7/merge',
    },
  };
}

const fleet = (n: number, hours: number) =>
  [
    'apiVersion: v1',
    'kind: Config',
    'current-context: ctx-0',
    'clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]',
    'contexts:',
    ...Array.from({ length: n }, (_, i) => `- {name: ctx-${i}, context: {cluster: c, user: u${i}}}`),
    'users:',
    ...Array.from({ length: n }, (_, i) => `- {name: u${i}, user: {token: ${jwt(hours, i)}}}`),
    '',
  ].join('\n');

describe('the check run', () => {
  it('on the PR head, failing, every finding an annotation at its line — 60 of them in batches of 50', async () => {
    const ws = workspace(fleet(60, -1));
    const run = await runActionAsync(
      { kubeconfig: path.join(ws.dir, 'deploy/kubeconfig.yaml'), offline: 'true', mode: 'audit', 'check-run': 'true', 'github-token': TOKEN, 'check-name': 'cluster credentials' },
      ws.env,
    );
    expect(run.code).toBe(1);
    const [check, ...others] = api.checkRuns;
    expect(others).toEqual([]);
    expect(check).toMatchObject({
      name: 'cluster credentials',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.example/acme/app/actions/runs/42',
      output: { title: '60 error(s), 0 warning(s), 0 notice(s)' },
    });
    expect(check?.output.summary).toContain('### Audit: 60 contexts, soonest expiry first');
    const notes = check?.output.annotations ?? [];
    expect(notes).toHaveLength(60);
    expect(notes[0]).toMatchObject({
      path: 'deploy/kubeconfig.yaml',
      annotation_level: 'failure',
      title: 'Bearer token has expired (token/expired)',
    });
    expect(new Set(notes.map((n) => n.start_line)).size).toBe(60);
    expect(api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/app/check-runs',
      'PATCH /repos/acme/app/check-runs/1000',
    ]);
    expect(run.outputs['check-run-id']).toBe('1000');
    expectNoLeak(run, [TOKEN]);
  }, 30_000);

  it('a healthy kubeconfig: a successful check with nothing to annotate', async () => {
    api.checkRuns.splice(0);
    const ws = workspace(fleet(1, 48));
    const run = await runActionAsync(
      { kubeconfig: path.join(ws.dir, 'deploy/kubeconfig.yaml'), offline: 'true', 'check-run': 'true', 'github-token': TOKEN, 'warn-within': '1h', require: 'create deployments' },
      ws.env,
    );
    expect(run.code).toBe(0);
    const [check] = api.checkRuns;
    expect(check?.conclusion).toBe('success');
    expect(check?.output.annotations).toEqual([]);
  }, 30_000);

  it('a read-only token (a fork PR): a warning naming checks: write; the verdict stands', async () => {
    api.readOnly = true;
    try {
      const ws = workspace(fleet(1, -1));
      const run = await runActionAsync(
        { kubeconfig: path.join(ws.dir, 'deploy/kubeconfig.yaml'), offline: 'true', 'check-run': 'true', 'github-token': TOKEN },
        ws.env,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^::warning::kube-preflight could not publish its check run: HTTP 403: .*permissions: checks: write/m);
      expect(run.stdout).toMatch(/^::error::kube-preflight found 1 error/m);
    } finally {
      api.readOnly = false;
    }
  }, 30_000);
});
