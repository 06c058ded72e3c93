/** The one rule for credential lifetimes, shared by certificate, token and exec checks. */
import type { Settings } from './facts.js';
import { formatDuration } from './duration.js';
import type { Severity } from './finding.js';

export type ExpiryState = 'expired' | 'not-yet-valid' | 'expiring' | 'valid' | 'no-expiry';

export interface ExpiryVerdict {
  state: ExpiryState;
  /** For `expiring`: error inside min-validity, warning inside warn-within. */
  severity?: Severity;
  secondsLeft?: number;
  /** "expired 3h ago", "expires in 12m (inside min-validity 15m)", … */
  phrase: string;
}

export function judgeExpiry(
  window: { notBefore?: string; notAfter?: string },
  now: Date,
  settings: Settings,
): ExpiryVerdict {
  const nowMs = now.getTime();
  if (window.notBefore) {
    const nb = Date.parse(window.notBefore);
    if (nb > nowMs) {
      return {
        state: 'not-yet-valid',
        phrase: `not valid until ${window.notBefore} (${formatDuration((nb - nowMs) / 1000)} from now)`,
      };
    }
  }
  if (!window.notAfter) return { state: 'no-expiry', phrase: 'has no expiry' };
  const left = Math.floor((Date.parse(window.notAfter) - nowMs) / 1000);
  if (left <= 0) {
    return {
      state: 'expired',
      secondsLeft: left,
      phrase: `expired ${formatDuration(-left)} ago (${window.notAfter})`,
    };
  }
  const when = `expires in ${formatDuration(left)} (${window.notAfter})`;
  if (left < settings.minValiditySeconds) {
    return {
      state: 'expiring',
      severity: 'error',
      secondsLeft: left,
      phrase: `${when}, inside min-validity ${formatDuration(settings.minValiditySeconds)}`,
    };
  }
  if (left < settings.warnWithinSeconds) {
    return {
      state: 'expiring',
      severity: 'warning',
      secondsLeft: left,
      phrase: `${when}, inside warn-within ${formatDuration(settings.warnWithinSeconds)}`,
    };
  }
  return { state: 'valid', secondsLeft: left, phrase: when };
}
