/** Small shared helpers for the human-facing renderers. */
import { formatDuration } from '../model/duration.js';
import type { Severity } from '../model/finding.js';
import type { Result } from './model.js';

export const RESULT_WORD: Record<Result, string> = {
  pass: 'Cluster credentials look good',
  warn: 'Cluster credentials work, with warnings',
  fail: 'Cluster credentials will not work',
};

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
export const RESULT_ICON: Record<Result, string> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** "3h 12m" or "expired 2d ago" relative to `now`. */
export function timeLeft(iso: string | undefined, now: Date): string {
  if (!iso) return '—';
  const s = Math.floor((Date.parse(iso) - now.getTime()) / 1000);
  return s <= 0 ? `expired ${formatDuration(-s)} ago` : formatDuration(s);
}

/** How long a run took: " in 0.6 s" (one decimal under 10 s), "" when the report does not say. */
export function tookText(durationMs: number | undefined): string {
  if (durationMs === undefined) return '';
  const s = durationMs / 1000;
  return ` in ${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
