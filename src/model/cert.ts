/** Shared wording for the certificate checks: labels, evidence and per-platform fixes. */
import type { CertBundle } from './credentials.js';
import { describeSource } from './credentials.js';
import type { TargetFacts } from './facts.js';
import type { Evidence, Location } from './finding.js';
import type { CertFacts } from './materials.js';
import { platformOf, REFRESH_KUBECONFIG } from './platform.js';

export function certLabel(bundle: CertBundle, cert: CertFacts): string {
  const role =
    bundle.role === 'ca'
      ? 'CA certificate'
      : cert.index === 0
        ? 'client certificate'
        : 'intermediate certificate';
  const position = bundle.certs.length > 1 ? ` #${cert.index + 1} of ${bundle.certs.length}` : '';
  return `${role}${position} "${cert.subject}" in ${describeSource(bundle.source)}`;
}

export function certEvidence(bundle: CertBundle, cert: CertFacts): Evidence {
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    fingerprint: cert.fingerprint,
    keyType: cert.keyType,
    bundleIndex: cert.index,
    field: bundle.source.field,
    ...(bundle.source.path ? { path: bundle.source.path } : {}),
  };
}

export function certLocation(bundle: CertBundle): Location {
  const { file, line } = bundle.source.origin;
  return { file, ...(line ? { line } : {}) };
}

/** The fix for an expired or expiring client certificate, for this target's platform. */
export function clientCertFix(t: TargetFacts, fromExec: boolean): string {
  if (fromExec) {
    return `The exec plugin \`${t.exec?.command ?? ''}\` issued this certificate: clear its cache and run it again, or update it.`;
  }
  const platform = platformOf(t);
  const csr =
    'For a certificate issued through the Kubernetes CSR API: create a new CertificateSigningRequest (`kubectl create -f csr.yaml`), `kubectl certificate approve <name>`, and embed the result with `kubectl config set-credentials <user> --client-certificate=<crt> --client-key=<key> --embed-certs`.';
  return `Issue a new client certificate and update the kubeconfig (and the CI secret holding it): ${REFRESH_KUBECONFIG[platform]}. ${csr}`;
}

/** The fix for an expired or expiring cluster CA in the kubeconfig. */
export function caFix(t: TargetFacts): string {
  return `Fetch the cluster's current CA: ${REFRESH_KUBECONFIG[platformOf(t)]}. If the cluster's CA itself is expiring, rotate it on the control plane first (kubeadm: https://kubernetes.io/docs/tasks/tls/manual-rotation-of-ca-certificates/).`;
}

/** Every certificate of every bundle of every target, flattened for the certificate checks. */
export function* eachCert(
  targets: TargetFacts[],
  bundlesOf: (t: TargetFacts) => CertBundle[],
): Generator<{ t: TargetFacts; bundle: CertBundle; cert: CertFacts }> {
  for (const t of targets) {
    for (const bundle of bundlesOf(t)) {
      for (const cert of bundle.certs) yield { t, bundle, cert };
    }
  }
}
