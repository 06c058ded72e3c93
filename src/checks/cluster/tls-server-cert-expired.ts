import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { diagnoseTarget } from '../../diagnose/index.js';

export default defineCheck({
  id: 'cluster/tls-server-cert-expired',
  title: "API server's certificate has expired or is not yet valid",
  severity: 'error',
  description:
    "The server's certificate is outside its validity window at the runner's clock. Either the " +
    "cluster's serving certificate really expired (kubeadm certificates last a year) or the runner's " +
    'clock is wrong. kubectl says "x509: certificate has expired or is not yet valid".',
  remediation:
    'Renew the API server certificate (kubeadm: `kubeadm certs renew apiserver` and restart the ' +
    "API server), or fix the runner's clock when the certificate is in fact valid.",
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      const f = tr && !tr.ok && tr.failure.kind === 'tls' ? tr.failure : undefined;
      if (!f || f.problem !== 'server-cert-expired') continue;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const leaf = f.presented?.[0];
      out.push({
        message: `Context "${t.contextName}": ${top ? top.title : `the API server's certificate is outside its validity window (${f.detail})`}.`,
        ...(top ? { remediation: top.fix } : {}),
        context: t.contextName,
        evidence: {
          serverCertSubject: leaf?.subject ?? null,
          notBefore: leaf?.notBefore ?? null,
          notAfter: leaf?.notAfter ?? null,
          runnerTime: facts.now.toISOString(),
          ...(f.code ? { code: f.code } : {}),
        },
      });
    }
    return out;
  },
});
