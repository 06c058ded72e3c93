import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { diagnoseTarget } from '../../diagnose/index.js';

export default defineCheck({
  id: 'cluster/unreachable',
  title: 'API server cannot be reached',
  severity: 'error',
  description:
    'No HTTP answer came back from the API server: its name does not resolve, the port refuses ' +
    'connections, packets are dropped (a private endpoint seen from a hosted runner, a firewall or ' +
    'an authorized-networks list), the connection is reset, a proxy refuses the tunnel, or the port ' +
    'does not speak TLS. kubectl says "Unable to connect to the server". evidence.reason is one of ' +
    'dns, refused, timeout, reset, proxy, no-route, protocol; evidence.phase says how far it got.',
  remediation:
    'Check the `server` URL, and that this runner has a network path to it (self-hosted runner in ' +
    'the cluster network for private endpoints; the runner in the endpoint allow-list for public ones).',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      if (!tr || tr.ok || tr.failure.kind !== 'unreachable') continue;
      const f = tr.failure;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const ep = live.endpoint;
      out.push({
        message:
          `Context "${t.contextName}": cannot reach the API server ${ep?.server ?? ''} (${f.reason}: ${f.detail}).` +
          (top ? ` Most likely: ${top.title}.` : ''),
        ...(top ? { remediation: top.fix } : {}),
        context: t.contextName,
        evidence: {
          reason: f.reason,
          phase: f.phase,
          ...(f.code ? { code: f.code } : {}),
          server: ep?.server ?? null,
          addresses: ep?.addresses ?? [],
          addressClass: ep?.addressClass ?? 'unknown',
          ...(ep?.proxy ? { proxy: ep.proxy.url } : {}),
          ...(top ? { likelyCause: top.id } : {}),
        },
      });
    }
    return out;
  },
});
