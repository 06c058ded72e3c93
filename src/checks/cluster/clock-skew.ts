import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import { formatDuration } from '../../model/duration.js';
import type { FindingDraft } from '../../model/finding.js';

/** Below this, the Date header's 1 s resolution and network delay make skew meaningless. */
export const SKEW_WARN_SECONDS = 60;
/** SigV4 (EKS tokens) and many token validators allow 5 minutes; past it, tokens fail. */
export const SKEW_ERROR_SECONDS = 300;

export default defineCheck({
  id: 'cluster/clock-skew',
  title: "Runner's clock disagrees with the API server's",
  severity: 'warning',
  description:
    'The Date header of the API server’s answers, compared with the runner’s clock at the middle ' +
    'of each request, shows the two clocks apart by more than a minute. Expiry times computed on ' +
    'the runner are then wrong by as much; a token can be "valid" here and expired there, a fresh ' +
    'certificate "not yet valid", and EKS tokens (SigV4, 5-minute tolerance) fail past 5 minutes — ' +
    'it is an error then, when the context uses a bearer token.',
  remediation:
    "Fix the runner's time sync (NTP: `timedatectl set-ntp true`, chrony); on self-hosted runners " +
    'in VMs check the hypervisor clock. If the server’s clock is the wrong one, fix NTP on the ' +
    'control-plane nodes.',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const clock = live.clock;
      if (!clock || Math.abs(clock.skewSeconds) - clock.uncertaintySeconds < SKEW_WARN_SECONDS)
        continue;
      const skew = clock.skewSeconds;
      const bearer = live.sent.includes('bearer-token');
      const error = Math.abs(skew) >= SKEW_ERROR_SECONDS && bearer;
      out.push({
        message:
          `Context "${t.contextName}": the API server's clock is ${formatDuration(Math.abs(skew))} ${skew > 0 ? 'ahead of' : 'behind'} ` +
          `the runner's (server Date ${clock.serverDate}, ±${clock.uncertaintySeconds}s).` +
          (error
            ? ' Tokens are judged by the server’s clock, so time-limited tokens fail past 5 minutes of skew.'
            : ''),
        ...(error ? { severity: 'error' as const } : {}),
        context: t.contextName,
        evidence: {
          skewSeconds: skew,
          uncertaintySeconds: clock.uncertaintySeconds,
          serverDate: clock.serverDate,
          runnerTime: facts.now.toISOString(),
        },
      });
    }
    return out;
  },
});
