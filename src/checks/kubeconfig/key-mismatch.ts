import { defineCheck } from '../../model/check.js';
import { clientCertBundles } from '../../model/credentials.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'kubeconfig/key-mismatch',
  title: 'Client key does not match the client certificate',
  severity: 'error',
  description:
    'The private key in client-key(-data) is not the key of the client certificate. kubectl fails ' +
    'before sending anything: "tls: private key does not match public key". It happens when a ' +
    'certificate was renewed but the old key kept, or the two came from different users.',
  remediation:
    'Put the matching pair in the kubeconfig: `kubectl config set-credentials <user> ' +
    '--client-certificate=<crt> --client-key=<key> --embed-certs`. Compare a pair with ' +
    '`openssl x509 -noout -pubkey -in crt | openssl sha256` and `openssl pkey -pubout -in key | openssl sha256`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const pairs = [
        {
          match: t.keyMatchesCert,
          keyType: t.clientKey?.ok ? t.clientKey.value.keyType : undefined,
          exec: false,
        },
        {
          match: t.exec?.credential?.keyMatchesCert,
          keyType: t.exec?.credential?.clientKey?.ok
            ? t.exec.credential.clientKey.value.keyType
            : undefined,
          exec: true,
        },
      ];
      for (const pair of pairs) {
        if (pair.match !== false) continue;
        const bundle = clientCertBundles(t).find((b) => (b.source.kind === 'exec') === pair.exec);
        const leaf = bundle?.certs[0];
        const origin = bundle?.source.origin ?? t.user?.origin;
        const whose = pair.exec
          ? `the exec plugin of user "${t.user?.name}"`
          : `user "${t.user?.name}"`;
        out.push({
          message: `Context "${t.contextName}": the client key of ${whose} does not match its certificate "${leaf?.subject ?? '?'}" (certificate key ${leaf?.keyType ?? '?'}, private key ${pair.keyType ?? '?'}). kubectl fails with "tls: private key does not match public key".`,
          context: t.contextName,
          evidence: {
            certificateSubject: leaf?.subject ?? null,
            certificateFingerprint: leaf?.fingerprint ?? null,
            certificateKeyType: leaf?.keyType ?? null,
            privateKeyType: pair.keyType ?? null,
          },
          ...(origin
            ? { location: { file: origin.file, ...(origin.line ? { line: origin.line } : {}) } }
            : {}),
        });
      }
    }
    return out;
  },
});
