/** A diagnosis: for one failed live check, the likely causes ranked, each with its evidence. */

export type Problem = 'unauthorized' | 'forbidden' | 'anonymous' | 'tls' | 'unreachable';

/** The time window an event fell in: expired within 5 min, changed within 30 min, … */
export type Window = '5m' | '30m' | '1h' | '24h';

export interface Cause {
  /** Stable id, e.g. `credential-expired`, `stale-ca`, `private-endpoint`. */
  id: string;
  /** One line naming the cause with its key fact. */
  title: string;
  likelihood: 'high' | 'medium' | 'low';
  score: number;
  window?: Window;
  /** Mask-safe facts behind it (times, subjects, fingerprints, files). */
  evidence: string[];
  /** What evidence would settle it, and where to find it. */
  settle: string;
  fix: string;
}

export interface Diagnosis {
  context: string;
  problem: Problem;
  /** What was observed, e.g. `401 Unauthorized from https://127.0.0.1:6443 for a client certificate`. */
  observed: string;
  /** How far back the time windows had to look. */
  windowNote?: string;
  causes: Cause[];
}

export function cause(c: Omit<Cause, 'likelihood'>): Cause {
  const likelihood = c.score >= 80 ? 'high' : c.score >= 50 ? 'medium' : 'low';
  return { ...c, likelihood };
}

export function ranked(causes: Cause[]): Cause[] {
  return [...causes].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
