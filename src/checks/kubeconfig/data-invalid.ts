import { defineCheck } from '../../model/check.js';
import type { TargetFacts } from '../../model/facts.js';
import type { FindingDraft } from '../../model/finding.js';
import type { Loaded } from '../../model/materials.js';

type Failed = Extract<Loaded<unknown>, { ok: false }>;

const WHAT: Record<string, string> = {
  'bad-base64': 'is not valid base64',
  'not-pem': 'is not PEM',
  'not-certificate': 'is not a valid certificate',
  'not-key': 'is not a usable private key',
  empty: 'is empty',
};

/** Certificate and key material that was read but cannot be used (redacted values have their own check). */
function invalid(t: TargetFacts): Failed[] {
  const loaded: (Loaded<unknown> | undefined)[] = [t.ca, t.clientCert, t.clientKey];
  return loaded.filter(
    (l): l is Failed =>
      l !== undefined &&
      !l.ok &&
      l.problem in WHAT &&
      !(l.source.kind === 'file' && l.problem === 'empty'),
  );
}

export default defineCheck({
  id: 'kubeconfig/data-invalid',
  title: 'Certificate or key data cannot be used',
  severity: 'error',
  description:
    'The *-data fields hold base64 of PEM, and the file fields name PEM files. kubectl refuses the whole ' +
    'kubeconfig file on bad base64 ("illegal base64 data at input byte N") and fails on data that is ' +
    'not a PEM certificate or key. Common causes: the value was base64-encoded twice, a DER file was ' +
    'used, the secret was truncated when it was pasted, or a certificate sits where the key belongs.',
  remediation:
    'Re-create the value from the original PEM file: `base64 -w0 < client.crt` (once, no line breaks) ' +
    'for a *-data field, or let kubectl embed it: `kubectl config set-credentials <user> ' +
    '--client-certificate=client.crt --client-key=client.key --embed-certs`. Convert DER with ' +
    '`openssl x509 -inform der -in cert.der -out cert.pem`. Check a PEM file with `openssl x509 -noout ' +
    '-subject -enddate -in cert.pem` or `openssl pkey -noout -in key.pem`.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const l of invalid(t)) {
        const where = l.source.kind === 'file' ? ` (file ${l.source.path})` : '';
        out.push({
          message: `The ${l.source.field}${where} of ${l.source.field.startsWith('certificate-authority') ? `cluster "${t.cluster?.name}"` : `user "${t.user?.name}"`} ${WHAT[l.problem]}: ${l.detail}.`,
          context: t.contextName,
          evidence: { field: l.source.field, problem: l.problem, file: l.source.origin.file },
          location: {
            file: l.source.origin.file,
            ...(l.source.origin.line ? { line: l.source.origin.line } : {}),
          },
        });
      }
    }
    return out;
  },
});
