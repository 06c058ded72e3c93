/**
 * The EKS authenticator's own verdict: recent `access denied` lines for the principal in the
 * cluster's control-plane log group (FilterLogEvents on the `authenticator` streams).
 */
import type { AuthenticatorLog, AwsAnswer } from '../../model/aws/eks-facts.js';
import { answer } from './answer.js';
import type { EksApiEnv } from './eks-api.js';
import { logsClient } from './sdk.js';
import { viaProxy } from './proxy.js';

const LOG_WINDOW_MINUTES = 30;

/** Access key ids are not secrets, but the report never carries them (as with whoami extras). */
const withoutKeyIds = (line: string): string =>
  line.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, '(access key id)');
const MAX_LINES = 5;

export async function authenticatorLog(
  o: EksApiEnv & { principal: string },
): Promise<AwsAnswer<AuthenticatorLog>> {
  const sdk = await logsClient();
  const client = new sdk.CloudWatchLogsClient({
    region: o.region,
    credentials: o.credentials,
    maxAttempts: 2,
    ...viaProxy(o.proxy),
  });
  const logGroup = `/aws/eks/${o.clusterName}/cluster`;
  const arns = [o.principal, o.rawArn].filter((a): a is string => !!a).map((a) => a.toLowerCase());
  try {
    return await answer(o.secrets, async () => {
      const cmd = new sdk.FilterLogEventsCommand({
        logGroupName: logGroup,
        logStreamNamePrefix: 'authenticator',
        startTime: o.now() - LOG_WINDOW_MINUTES * 60_000,
        filterPattern: '"access denied"',
        limit: 100,
      });
      const signal = AbortSignal.timeout(Math.max(1, o.deadline - Date.now()));
      const out = await client.send(cmd, { abortSignal: signal });
      const lines = (out.events ?? [])
        .filter((e) => arns.some((a) => (e.message ?? '').toLowerCase().includes(a)))
        .slice(-MAX_LINES)
        .reverse()
        .map((e) => ({
          at: new Date(e.timestamp ?? 0).toISOString(),
          message: withoutKeyIds(o.secrets.scrub((e.message ?? '').trim())).slice(0, 500),
        }));
      return { logGroup, sinceMinutes: LOG_WINDOW_MINUTES, lines };
    });
  } finally {
    client.destroy();
  }
}
