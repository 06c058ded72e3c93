/**
 * The `::add-mask::` workflow command exactly as @actions/core's setSecret writes it (same escaping),
 * so secrets are masked from the first one read without loading @actions/core and its HTTP client
 * (~70 ms of start-up) before the exec plugins start.
 */
import { EOL } from 'node:os';

export function addMaskCommand(secret: string): string {
  const data = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::add-mask::${data}${EOL}`;
}
