/** The only reader of action inputs: turns INPUT_* (as the runner sets them) into a validated Config. */
import * as path from 'node:path';
import * as os from 'node:os';
import { InputError, parseConfig, type Config, type TrackingIssueConfig } from './config.js';
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
  const issue = trackingIssue(get, env);
  return issue ? { ...config, trackingIssue: issue } : config;
}

/** `issue: true`: the token, the repository and this run, from the runner's environment. */
function trackingIssue(
  get: (name: string) => string | undefined,
  env: NodeJS.ProcessEnv,
): TrackingIssueConfig | undefined {
  const wanted = (get('issue') ?? '').toLowerCase();
  if (!['true', 'yes', '1', 'on'].includes(wanted)) {
    if (['', 'false', 'no', '0', 'off'].includes(wanted)) return undefined;
    throw new InputError('issue', `must be true or false (got "${get('issue')}")`);
  }
  const token = get('github-token');
  if (!token) throw new InputError('github-token', 'is required with issue: true');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl = env.GITHUB_RUN_ID
    ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  return {
    token,
    repository,
    name: get('audit-name') || 'kube-preflight',
    ...(runUrl ? { runUrl } : {}),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
  };
}
