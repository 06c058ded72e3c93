/**
 * Under AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL the aws CLI signs EKS tokens for that endpoint, so
 * its host (and an http scheme) are what the token should carry, not a defect.
 */
import type { TargetFacts } from '../../model/facts.js';

const ENDPOINT_PROBLEM = /^unexpected (scheme|hostname) /;

export function trustStsEndpoint(t: TargetFacts, env: Record<string, string | undefined>): void {
  const endpoint = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
  if (!endpoint || !URL.canParse(endpoint)) return;
  const host = new URL(endpoint).host;
  const tokens = [t.token, t.tokenFile].map((l) => (l?.ok ? l.value : undefined));
  for (const token of [...tokens, t.exec?.credential?.token]) {
    const eks = token?.eks;
    if (eks?.host === host) eks.problems = eks.problems.filter((p) => !ENDPOINT_PROBLEM.test(p));
  }
}
