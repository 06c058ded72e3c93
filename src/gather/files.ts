/** Reading referenced files safely: resolved like client-go, bounded in size, never hanging on FIFOs. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const MAX_MATERIAL_BYTES = 1024 * 1024;

export type FileRead =
  { ok: true; path: string; bytes: Buffer } | { ok: false; path: string; detail: string };

/** Relative paths resolve against the folder of the kubeconfig file that set them (client-go). */
export function resolveAgainst(dir: string, file: string): string {
  return path.isAbsolute(file) ? file : path.resolve(dir, file);
}

export async function readMaterialFile(file: string): Promise<FileRead> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, path: file, detail: 'is a directory, not a file' };
    if (!stat.isFile())
      return { ok: false, path: file, detail: 'is not a regular file (FIFO, socket or device)' };
    if (stat.size > MAX_MATERIAL_BYTES) {
      return {
        ok: false,
        path: file,
        detail: `is ${stat.size} bytes, larger than the ${MAX_MATERIAL_BYTES}-byte limit`,
      };
    }
    return { ok: true, path: file, bytes: await fs.readFile(file) };
  } catch (err) {
    return { ok: false, path: file, detail: describeFsError(err) };
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist (ENOENT)';
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied (${code})`;
    case 'ENOTDIR':
      return 'has a path component that is not a folder (ENOTDIR)';
    case 'ELOOP':
      return 'is a symbolic link loop (ELOOP)';
    default:
      return `cannot be read (${code ?? (err as Error).message})`;
  }
}
