import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { authMethods, fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/cert-without-key',
  title: 'Client certificate without a key, or key without a certificate',
  severity: 'error',
  description:
    'Client-certificate authentication needs both halves. A certificate without a key fails: ' +
    '"client-key-data or client-key must be specified for <user> to use the clientCert ' +
    'authentication method." A key without a certificate is ignored, so the user may have no ' +
    'credentials left (kubectl prompts `Please enter Username:`).',
  remediation:
    'Set both from the same key pair: `kubectl config set-credentials <user> ' +
    '--client-certificate <crt> --client-key <key> --embed-certs`. kubeadm: `kubeadm kubeconfig ' +
    'user --client-name <name>` writes both; check a pair matches with `openssl x509 -noout ' +
    '-pubkey -in crt | openssl sha256` and `openssl pkey -pubout -in key | openssl sha256`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const u = t.user;
      if (!u) continue;
      const hasCert =
        isSet(u.value['client-certificate']) || isSet(u.value['client-certificate-data']);
      const hasKey = isSet(u.value['client-key']) || isSet(u.value['client-key-data']);
      if (hasCert === hasKey) continue;
      const certField = isSet(u.value['client-certificate-data'])
        ? 'client-certificate-data'
        : 'client-certificate';
      const keyField = isSet(u.value['client-key-data']) ? 'client-key-data' : 'client-key';
      const others = authMethods(u.value).length;
      const message = hasCert
        ? `User "${u.name}" sets ${certField} (${fieldAt(u, certField)}) but no client key; kubectl ` +
          `fails: "client-key-data or client-key must be specified for ${u.name} to use the clientCert authentication method."`
        : `User "${u.name}" sets ${keyField} (${fieldAt(u, keyField)}) but no client certificate; ` +
          'kubectl ignores the key' +
          (others > 0
            ? '.'
            : ' and, with no other credentials, prompts `Please enter Username:` (EOF in CI).');
      out.push({
        message,
        severity: hasCert || others === 0 ? 'error' : 'warning',
        context: t.contextName,
        evidence: { user: u.name, certificate: hasCert, key: hasKey, file: u.origin.file },
        location: fieldLocation(u, hasCert ? certField : keyField),
      });
    }
    return out;
  },
});
