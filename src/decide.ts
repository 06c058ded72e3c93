/** The one place that decides whether the run fails. */
import type { FailOn } from './config.js';
import type { Report } from './report/model.js';

export interface Decision {
  failed: boolean;
  reason: string;
}

export function decide(report: Report, failOn: FailOn): Decision {
  const { errors, warnings } = report.counts;
  const failed =
    failOn === 'never' ? false : failOn === 'warning' ? errors + warnings > 0 : errors > 0;
  const counts = `${errors} error(s), ${warnings} warning(s)`;
  if (failed) return { failed, reason: `kube-preflight found ${counts} (fail-on: ${failOn}).` };
  return {
    failed,
    reason: `kube-preflight result: ${report.result} with ${counts} (fail-on: ${failOn}).`,
  };
}
