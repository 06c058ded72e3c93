/**
 * issue: true — the bundled action keeps one tracking issue per repository and audit name, through
 * the real Octokit client against a loopback server with GitHub's REST routes: created, updated,
 * left alone, closed, never duplicated.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { startGithubApi, type GithubApi } from '../helpers/github-api.js';
import { expectNoLeak, runActionAsync } from '../helpers/runner.js';
import { makeJwt, seconds } from '../helpers/tokens.js';

const TOKEN = `ghs_canary${randomBytes(12).toString('hex')}`;
let api: GithubApi;
beforeAll(async () => {
  api = await startGithubApi('acme', 'fleet', TOKEN);
});
afterAll(async () => api?.close());

const jwt = (hours: number) =>
  makeJwt({ sub: 'system:serviceaccount:ci:deployer', iat: seconds(new Date()) - 7200, exp: seconds(new Date()) + hours * 3600 });
const kubeconfig = (hours: number) =>
  [
    'apiVersion: v1',
    'kind: Config',
    'clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]',
    'contexts: [{name: prod, context: {cluster: c, user: u}}, {name: staging, context: {cluster: c, user: u}}]',
    `users: [{name: u, user: {token: ${jwt(hours)}}}]`,
    '',
  ].join('\n');

/** The fleet's state, minted once: runs over an unchanged fleet see the same credentials. */
const FLEET = new Map<number, string>();
function fleetAt(hours: number): string {
  if (!FLEET.has(hours)) FLEET.set(hours, kubeconfig(hours));
  return FLEET.get(hours) as string;
}
const audit = (hours: number, runId: string, extra: Record<string, string> = {}) =>
  runActionAsync(
    { kubeconfig: fleetAt(hours), offline: 'true', mode: 'audit', issue: 'true', 'github-token': TOKEN, 'audit-name': 'nightly', ...extra },
    { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/fleet', GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: runId },
  );
const writes = () => api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('the tracking issue', () => {
  it('is created, updated, left alone, closed — one issue over consecutive runs', async () => {
    // Already there: someone's issue, a pull request, and last month's tracking issue, closed.
    api.issues.push(
      { number: 1, title: 'Docs typo', body: 'see README', state: 'open', comments: [] },
      { number: 2, title: 'Bump deps', body: 'x', state: 'open', comments: [], pull_request: { url: 'u' } },
      { number: 3, title: 'old', body: '<!-- kube-preflight:tracking-issue:nightly -->', state: 'closed', comments: [] },
    );
    const first = await audit(-1, '100');
    expect(first.code).toBe(1);
    expect(first.outputs['tracking-issue']).toBe('4');
    expect(writes()).toEqual(['POST /repos/acme/fleet/issues']);
    const issue = api.issues[3];
    expect(issue?.title).toBe('kube-preflight audit "nightly": 2 error(s), 0 warning(s) in 2 context(s)');
    expect(issue?.body).toContain('<!-- kube-preflight:tracking-issue:nightly -->');
    expect(issue?.body).toContain('Latest run: https://github.example/acme/fleet/actions/runs/100');
    expect(issue?.body).toMatch(/\| `prod` \| token \| \d{4}-\d\d-\d\dT\S+ \| fail \|/);
    expect(issue?.body).toContain('**error** `token/expired` (`prod`): Bearer token has expired');
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    api.requests.splice(0);
    const second = await audit(-1, '101');
    expect(second.outputs['tracking-issue']).toBe('4');
    expect(writes()).toEqual(['PATCH /repos/acme/fleet/issues/4']);
    expect(api.issues[3]?.body).toContain('actions/runs/101');

    api.requests.splice(0);
    // Later, with nothing changed in the fleet: the issue must be left alone (no time in it).
    await new Promise((r) => setTimeout(r, 1100));
    const rerun = await audit(-1, '101');
    expect(writes()).toEqual([]);
    expect(rerun.stdout).toContain('Tracking issue unchanged: issue #4 is up to date.');

    api.requests.splice(0);
    const healthy = await audit(48, '102', { 'warn-within': '1h' });
    expect(healthy.code).toBe(0);
    expect(writes()).toEqual(['POST /repos/acme/fleet/issues/4/comments', 'PATCH /repos/acme/fleet/issues/4']);
    expect(api.issues[3]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(api.issues[3]?.comments[0]).toMatch(/^Every context is healthy as of .* \(https:\/\/github\.example\/acme\/fleet\/actions\/runs\/102\)\. Closing\.$/);

    api.requests.splice(0);
    await audit(48, '103', { 'warn-within': '1h' });
    expect(writes()).toEqual([]);
    expect(api.issues.filter((i) => i.body.includes('tracking-issue:nightly'))).toHaveLength(2);
    expect(api.issues[0]).toMatchObject({ state: 'open', body: 'see README' });
    for (const run of [first, second, rerun, healthy]) expectNoLeak(run, [TOKEN]);
  }, 60_000);

  it('a token that may not write issues: a warning that names the permission; the verdict stands', async () => {
    api.readOnly = true;
    try {
      const run = await audit(-1, '200', { 'audit-name': 'weekly' });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /^::warning::kube-preflight could not update its tracking issue: HTTP 403: Resource not accessible by integration.*permissions: issues: write/m,
      );
      expect(run.stdout).toMatch(/^::error::kube-preflight found 2 error/m);
      expectNoLeak(run, [TOKEN]);
    } finally {
      api.readOnly = false;
    }
  }, 30_000);

  it('an issue someone else opened with the marker is not adopted, edited or closed', async () => {
    const body = '<!-- kube-preflight:tracking-issue:claimed -->\nplease close me';
    const planted = { number: api.issues.length + 1, title: 'x', body, state: 'open' as const };
    api.issues.push({ ...planted, comments: [], user: { login: 'mallory', type: 'User' }, author_association: 'NONE' });
    api.requests.splice(0);
    const run = await audit(-1, '260', { 'audit-name': 'claimed' });
    expect(writes()).toEqual(['POST /repos/acme/fleet/issues']);
    expect(run.outputs['tracking-issue']).toBe(String(planted.number + 1));
    expect(api.issues[planted.number - 1]).toMatchObject({ state: 'open', body, comments: [] });
  }, 30_000);

  it('an error that quotes the token is scrubbed before it is logged', async () => {
    api.echoToken = true;
    try {
      const run = await audit(-1, '250', { 'audit-name': 'echo' });
      expect(run.stdout).toMatch(
        /^::warning::kube-preflight could not update its tracking issue: HTTP 502: upstream refused token \*\*\*/m,
      );
      expectNoLeak(run, [TOKEN]);
    } finally {
      api.echoToken = false;
    }
  }, 30_000);

  it('issue: true without a token fails the step naming the input', async () => {
    const run = await audit(-1, '300', { 'github-token': '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'github-token' is required with issue: true");
  });
});
