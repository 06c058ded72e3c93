/** The only reader of action inputs: turns INPUT_* (as the runner sets them) into a validated Config. */
import * as path from 'node:path';
import * as os from 'node:os';
import { parseConfig, type Config } from './config.js';
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
  return parseConfig(get, { reportPath: path.join(tempDir, 'kube-preflight-report.json') }, policy);
}
