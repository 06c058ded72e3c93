import { defineCheck } from '../../model/check.js';
import type { TargetFacts } from '../../model/facts.js';
import type { FindingDraft } from '../../model/finding.js';
import type { Loaded } from '../../model/materials.js';

/** Every file-backed field of a target that could not be read. */
function unreadable(t: TargetFacts): Extract<Loaded<unknown>, { ok: false }>[] {
  const loaded: (Loaded<unknown> | undefined)[] = [t.ca, t.clientCert, t.clientKey, t.tokenFile];
  return loaded.filter(
    (l): l is Extract<Loaded<unknown>, { ok: false }> =>
      l !== undefined &&
      !l.ok &&
      l.source.kind === 'file' &&
      (l.problem === 'unreadable' || l.problem === 'empty'),
  );
}

export default defineCheck({
  id: 'kubeconfig/file-unreadable',
  title: 'A file the kubeconfig references cannot be read',
  severity: 'error',
  description:
    'certificate-authority, client-certificate, client-key and tokenFile name files. Relative paths ' +
    'resolve against the folder of the kubeconfig file that set them, not the working directory. A ' +
    'missing or unreadable file makes kubectl fail ("unable to read client-cert … due to open …: no ' +
    'such file or directory"); an empty or missing tokenFile gives a 401.',
  remediation:
    'Create the file on the runner before this step (for example write it from a secret with ' +
    '`printf "%s" "$CA_PEM" > ca.crt`), or embed the content instead of a path: ' +
    '`kubectl config set-cluster <name> --certificate-authority=<file> --embed-certs` and ' +
    '`kubectl config set-credentials <user> --client-certificate=<crt> --client-key=<key> --embed-certs`. ' +
    "Check that the path is relative to the kubeconfig file, not to the job's working directory.",
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      for (const l of unreadable(t)) {
        const owner =
          l.source.field === 'certificate-authority'
            ? `cluster "${t.cluster?.name}"`
            : `user "${t.user?.name}"`;
        out.push({
          message: `The ${l.source.field} file of ${owner}: ${l.detail}.`,
          context: t.contextName,
          evidence: {
            field: l.source.field,
            path: l.source.path ?? null,
            problem: l.problem,
            setIn: l.source.origin.file,
          },
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
