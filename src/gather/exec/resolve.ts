/** Finds the plugin binary the way client-go (Go's exec.LookPath) does. */
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';

export type Resolved = { ok: true; path: string } | { ok: false; path?: string; detail: string };

/** Whether `file` is a regular file this process may execute (what exec needs to run it). */
export async function executable(file: string): Promise<'yes' | 'missing' | 'not-executable'> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return 'not-executable';
    await fs.access(file, constants.X_OK);
    return 'yes';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'not-executable';
  }
}

/**
 * A command with a path separator resolves against the kubeconfig's folder; a bare name is looked up
 * on PATH (absolute entries only: Go refuses executables found through relative PATH entries).
 */
export async function resolveCommand(
  command: string,
  baseDir: string,
  pathVar: string | undefined,
): Promise<Resolved> {
  if (command.includes('/') || command.includes(path.sep)) {
    const file = path.resolve(baseDir, command);
    const state = await executable(file);
    if (state === 'yes') return { ok: true, path: file };
    const why = state === 'missing' ? 'does not exist' : 'is not an executable file';
    return {
      ok: false,
      path: file,
      detail: `exec: executable ${command} not found (${file} ${why})`,
    };
  }
  const dirs = (pathVar ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d));
  let blocked: string | undefined;
  for (const dir of dirs) {
    const file = path.join(dir, command);
    const state = await executable(file);
    if (state === 'yes') return { ok: true, path: file };
    if (state === 'not-executable' && !blocked) blocked = file;
  }
  const where = blocked
    ? `${blocked} exists but is not executable`
    : `not on PATH (${dirs.length} folders searched)`;
  return {
    ok: false,
    ...(blocked ? { path: blocked } : {}),
    detail: `exec: executable ${command} not found (${where})`,
  };
}
