/** Writes the JSON report: scrubbed of every known secret, readable by the owner only. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SecretSet } from '../gather/secrets.js';
import { renderJson } from './json.js';
import type { Report } from './model.js';

export async function writeReportFile(
  report: Report,
  file: string,
  secrets: SecretSet,
): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, secrets.scrub(renderJson(report)), { mode: 0o600 });
}
