/** Reads the policy file: the `config` input's, else `.github/kube-preflight.yml` if present. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECK_IDS } from '../checks/ids.js';
import { DEFAULT_POLICY_PATH, MAX_POLICY_BYTES, TOO_LARGE, type PolicyFacts } from './model.js';

/**
 * Never throws; `baseDir` is the workspace (action) or the working directory (CLI). The YAML parser
 * loads only when a policy file exists, so a run without one starts no slower.
 */
export async function loadPolicy(
  given: string | undefined,
  baseDir: string,
): Promise<PolicyFacts | undefined> {
  const shown = given?.trim() || DEFAULT_POLICY_PATH;
  const file = path.resolve(baseDir, shown);
  const problem = (message: string): PolicyFacts => ({
    path: shown,
    file,
    problems: [{ message }],
  });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    if (!given?.trim() && code === 'ENOENT') return undefined;
    return problem(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`);
  }
  // A directory or a FIFO is refused without opening it (a FIFO would block the read).
  if (!stat.isFile()) return problem('is not a regular file');
  if (stat.size > MAX_POLICY_BYTES) return problem(TOO_LARGE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return problem(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { parsePolicy } = await import('./parse.js');
  return parsePolicy(text, { path: shown, file }, CHECK_IDS);
}
