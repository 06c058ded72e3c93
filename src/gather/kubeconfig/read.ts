/** Reads one kubeconfig file without hanging (FIFOs, devices) or exhausting memory (huge files). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { KubeconfigFile } from '../../model/kubeconfig.js';
import { describeFsError } from '../files.js';
import type { SecretSet } from '../secrets.js';
import { blankFile, MAX_KUBECONFIG_BYTES, parseKubeconfigText, tooLarge } from './parse.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `file` must be absolute. Relative paths inside it resolve against its folder (client-go). */
export async function readKubeconfigFile(
  file: string,
  secrets: SecretSet,
): Promise<KubeconfigFile> {
  const base = blankFile(file, path.dirname(file), 'loaded');
  let bytes: Buffer;
  let modifiedAt: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory())
      return { ...base, status: 'unreadable', error: 'is a directory, not a file' };
    if (!stat.isFile()) {
      return {
        ...base,
        status: 'unreadable',
        error: 'is not a regular file (a FIFO, socket or device); kubectl would block reading it',
      };
    }
    if (stat.size > MAX_KUBECONFIG_BYTES) {
      return {
        ...base,
        status: 'invalid',
        refused: 'size',
        error: tooLarge(stat.size),
      };
    }
    bytes = await fs.readFile(file);
    modifiedAt = stat.mtime.toISOString();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ...base, status: 'missing', error: 'does not exist' };
    return { ...base, status: 'unreadable', error: describeFsError(err) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ...base, status: 'invalid', error: 'is not UTF-8 text (a binary or UTF-16 file?)' };
  }
  return { ...parseKubeconfigText(text, file, base.dir, secrets), modifiedAt };
}
