/** The only reader of action inputs: turns INPUT_* (as the runner sets them) into a validated Config. */
import * as path from 'node:path';
import * as os from 'node:os';
import * as fs from 'node:fs';
import { boolean, InputError, parseConfig, type Config, type GithubTarget } from './config.js';
import { loadPolicy } from './policy/load.js';

/** Reads the action's inputs; an input that was not passed at all reads as undefined. */
export async function readActionConfig(env: NodeJS.ProcessEnv = process.env): Promise<Config> {
  const get = (name: string): string | undefined => {
    // Same variable name as @actions/core getInput: spaces → '_', upper-cased, hyphens kept.
    const raw = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    // The kubeconfig may be YAML content, whose whitespace matters.
    return raw === undefined || name === 'kubeconfig' ? raw : raw.trim();
  };
  const tempDir = env.RUNNER_TEMP || os.tmpdir();
  const policy = await loadPolicy(get('config'), env.GITHUB_WORKSPACE || process.cwd());
  const config = parseConfig(
    get,
    { reportPath: path.join(tempDir, 'kube-preflight-report.json') },
    policy,
  );
  const issue = boolean('issue', get('issue'), false) ? githubTarget(get, env, 'issue') : undefined;
  const check = boolean('check-run', get('check-run'), false)
    ? githubTarget(get, env, 'check-run')
    : undefined;
  // action.yml defaults github-token to the job's token: a secret whether or not it is used.
  const githubToken = get('github-token');
  return {
    ...config,
    ...(githubToken ? { secretInputs: [githubToken] } : {}),
    ...(issue ? { trackingIssue: { ...issue, name: get('audit-name') || 'kube-preflight' } } : {}),
    ...(check ? { checkRun: { ...check, name: get('check-name') || 'kube-preflight' } } : {}),
  };
}

/** The pull request's head commit from the event payload, when the run is for one. */
function pullRequestHead(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(eventPath, 'utf8')) as {
      pull_request?: { head?: { sha?: string } };
    };
    return event.pull_request?.head?.sha;
  } catch {
    return undefined;
  }
}

/** The token, the repository, this run and commit, from the runner's environment. */
function githubTarget(
  get: (name: string) => string | undefined,
  env: NodeJS.ProcessEnv,
  wanted: string,
): GithubTarget {
  const token = get('github-token');
  if (!token) throw new InputError('github-token', `is required with ${wanted}: true`);
  const repository = env.GITHUB_REPOSITORY ?? '';
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl = env.GITHUB_RUN_ID
    ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const headSha = pullRequestHead(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA;
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/ci.yml@refs/heads/main
  const workflowFile = /^[^/]+\/[^/]+\/([^@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  return {
    token,
    repository,
    ...(runUrl ? { runUrl } : {}),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(headSha ? { headSha } : {}),
    ...(workflowFile ? { workflowFile } : {}),
  };
}
