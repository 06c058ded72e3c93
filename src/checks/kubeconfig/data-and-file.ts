import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import type { Entry } from '../../model/kubeconfig.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

/** kubectl's own wording for each pair (client-go validation.go). */
const PAIRS = [
  [
    'cluster',
    'certificate-authority',
    (n: string) =>
      `certificate-authority-data and certificate-authority are both specified for ${n}. certificate-authority-data will override.`,
  ],
  [
    'user',
    'client-certificate',
    (n: string) =>
      `client-cert-data and client-cert are both specified for ${n}. client-cert-data will override.`,
  ],
  [
    'user',
    'client-key',
    (n: string) =>
      `client-key-data and client-key are both specified for ${n}; client-key-data will override`,
  ],
] as const;

export default defineCheck({
  id: 'kubeconfig/data-and-file',
  title: 'Both inline data and a file are set for the same credential',
  severity: 'error',
  description:
    'A cluster or user may give its CA, client certificate or client key either inline ' +
    '(`*-data`, base64) or as a file path, not both. kubectl refuses the context: ' +
    '"certificate-authority-data and certificate-authority are both specified for <cluster>. ' +
    'certificate-authority-data will override." — despite the wording, it does not go on.',
  remediation:
    'Keep one of the two. To embed the file: `kubectl config set-cluster <name> ' +
    '--certificate-authority <ca.crt> --embed-certs` (users: `kubectl config set-credentials ' +
    '<user> --client-certificate <crt> --client-key <key> --embed-certs`), then delete the path ' +
    'field; or delete the `*-data` field to use the file. `kubectl config view --flatten` writes ' +
    'a file with everything embedded.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const [kind, field, wording] of PAIRS) {
        const entry = (kind === 'cluster' ? t.cluster : t.user) as
          Entry<Record<string, unknown>> | undefined;
        if (!entry) continue;
        const file = entry.value[field];
        const data = entry.value[`${field}-data`];
        if (!isSet(file as string) || !isSet(data as string)) continue;
        out.push({
          message:
            `${kind} "${entry.name}" sets both ${field}-data (${fieldAt(entry, `${field}-data`)}) and ` +
            `${field} (${fieldAt(entry, field)}); kubectl fails: "${wording(entry.name)}"`,
          context: t.contextName,
          evidence: { kind, name: entry.name, field, path: String(file), file: entry.origin.file },
          location: fieldLocation(entry, field),
        });
      }
    }
    return out;
  },
});
