import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';
import { diagnoseTarget } from '../../diagnose/index.js';

const NEVER_INSECURE =
  'Fetch the kubeconfig again (or update certificate-authority-data to the current cluster CA). ' +
  'Never switch on insecure-skip-tls-verify to get past this: it would send your credentials to ' +
  'whoever answers.';

export default defineCheck({
  id: 'cluster/tls-untrusted',
  title: "API server's certificate is not trusted",
  severity: 'error',
  description:
    "The server's certificate chain does not lead to the kubeconfig's certificate-authority (or, " +
    'without one, to a public CA). The usual causes: a kubeconfig left stale after the cluster was ' +
    're-created or its CA rotated, a TLS-inspecting proxy re-signing traffic, a missing ' +
    'certificate-authority-data, or a server URL that points at something else. kubectl says ' +
    '"x509: certificate signed by unknown authority". The chain shown is read in a second handshake ' +
    'that sends no credentials.',
  remediation: NEVER_INSECURE,
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      if (!tr || tr.ok || tr.failure.kind !== 'tls' || tr.failure.problem !== 'untrusted') continue;
      const f = tr.failure;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const leaf = f.presented?.[0];
      const root = f.presented?.[f.presented.length - 1];
      const ca = t.ca?.ok ? t.ca.value[0] : undefined;
      out.push({
        message:
          `Context "${t.contextName}": the API server ${live.endpoint?.server ?? ''} presented a certificate ` +
          `${ca ? `that does not chain to the kubeconfig CA "${ca.subject}"` : 'from a CA this runner does not trust (the kubeconfig has no certificate-authority)'}` +
          ` (${f.detail}).${top ? ` Most likely: ${top.title}.` : ''}`,
        ...(top ? { remediation: `${top.fix} ${NEVER_INSECURE}` } : {}),
        context: t.contextName,
        evidence: {
          ...(f.code ? { code: f.code } : {}),
          serverCertSubject: leaf?.subject ?? null,
          serverCertIssuer: leaf?.issuer ?? null,
          presentedRootFingerprint: root?.fingerprint ?? null,
          kubeconfigCaSubject: ca?.subject ?? null,
          kubeconfigCaFingerprint: ca?.fingerprint ?? null,
          anchoredInKubeconfigCa: f.anchoredInKubeconfigCa ?? null,
          ...(live.endpoint?.proxy ? { proxy: live.endpoint.proxy.url } : {}),
          ...(top ? { likelyCause: top.id } : {}),
        },
      });
    }
    return out;
  },
});
