import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { diagnoseTarget } from '../../diagnose/index.js';

export default defineCheck({
  id: 'cluster/tls-hostname-mismatch',
  title: "API server's certificate is for another name",
  severity: 'error',
  description:
    'The server certificate is trusted, but not issued for the host in the `server` URL (or for ' +
    '`tls-server-name` when set). Common after switching from an IP address to a DNS name, behind a ' +
    'load balancer, or through an SSH tunnel to localhost. kubectl says "x509: certificate is valid ' +
    'for A, not B".',
  remediation:
    'Use a name the certificate lists in `server`, or set `tls-server-name` to one of them (for a ' +
    'tunnel to localhost, `tls-server-name: kubernetes` usually works); or re-issue the serving ' +
    'certificate with the extra name (kubeadm: `apiServer.certSANs`).',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      const f = tr && !tr.ok && tr.failure.kind === 'tls' ? tr.failure : undefined;
      if (!f || f.problem !== 'hostname-mismatch') continue;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const names = f.altNames ?? [];
      out.push({
        message:
          `Context "${t.contextName}": the API server's certificate is not valid for "${f.checkedName ?? live.endpoint?.host}"; ` +
          `it names ${names.length ? names.join(', ') : 'no alternative names'}.`,
        ...(top ? { remediation: top.fix } : {}),
        context: t.contextName,
        evidence: {
          checkedName: f.checkedName ?? null,
          certificateNames: names,
          serverCertSubject: f.presented?.[0]?.subject ?? null,
          tlsServerName: t.cluster?.value['tls-server-name'] ?? null,
        },
      });
    }
    return out;
  },
});
