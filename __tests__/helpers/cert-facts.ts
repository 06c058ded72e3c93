/** CertFacts and targets holding them, for certificate check tests. */
import type { TargetFacts } from '../../src/model/facts.js';
import type { CertFacts, Source } from '../../src/model/materials.js';
import { at, entry, target } from './facts.js';

export function certFacts(partial: Partial<CertFacts> = {}): CertFacts {
  return {
    subject: 'O=deployers, CN=ci',
    issuer: 'CN=kubernetes',
    serialNumber: '0A',
    notBefore: at(-86400),
    notAfter: at(90 * 86400),
    fingerprint: 'AA:BB:CC',
    keyType: 'ec',
    isCA: false,
    selfSigned: false,
    index: 0,
    commonName: 'ci',
    ...partial,
  };
}

export const dataSource = (field: string): Source => ({
  field,
  kind: 'data',
  origin: { file: '/home/ci/.kube/config', line: 12 },
});

/** A target whose client certificate (or CA, with role 'ca') is the given bundle. */
export function certTarget(
  certs: CertFacts[],
  role: 'client' | 'ca' = 'client',
  partial: Partial<TargetFacts> = {},
): TargetFacts {
  const loaded = {
    ok: true as const,
    value: certs.map((c, index) => ({ ...c, index })),
    source: dataSource(role === 'ca' ? 'certificate-authority-data' : 'client-certificate-data'),
  };
  return target({
    contextName: 'prod',
    cluster: entry('prod', { server: 'https://10.0.0.1:6443' }),
    user: entry('ci', {}),
    ...(role === 'ca' ? { ca: loaded } : { clientCert: loaded }),
    ...partial,
  });
}
