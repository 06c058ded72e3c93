/** Which access entry belongs to a principal: EKS keeps a role's path, the caller's ARN has none. */
import { stripPath } from './arn.js';

const strip = (arn: string): string => {
  const s = stripPath(arn);
  return (s.ok ? s.value : arn).toLowerCase();
};

/**
 * The entry's principal ARN for the canonical principal, or undefined: an exact match first, then
 * a role whose ARN equals the principal once its path is removed (as EKS matches it).
 */
export function findAccessEntry(entries: string[], principal: string): string | undefined {
  const want = principal.toLowerCase();
  return (
    entries.find((e) => e.toLowerCase() === want) ??
    entries.find((e) => e.includes(':role/') && strip(e) === strip(principal))
  );
}
