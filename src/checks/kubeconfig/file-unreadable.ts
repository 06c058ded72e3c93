import { defineCheck } from '../../model/check.js';
import type { TargetFacts } from '../../model/facts.js';
import type { FindingDraft } from '../../model/finding.js';
import type { MergedKubeconfig } from '../../model/kubeconfig.js';
import type { Loaded } from '../../model/materials.js';

const WHERE: Record<MergedKubeconfig['source']['kind'], string> = {
  paths: 'the kubeconfig input',
  env: 'KUBECONFIG',
  default: 'the default (~/.kube/config)',
  content: 'the kubeconfig input',
};

/** A kubeconfig file that exists but cannot be read: a folder, a FIFO, no read permission. */
function unreadableKubeconfigs(kc: MergedKubeconfig): FindingDraft[] {
  return kc.files
    .filter((f) => f.status === 'unreadable')
    .map((f) => ({
      message:
        `The kubeconfig file ${f.path} (from ${WHERE[kc.source.kind]}) ` +
        `${f.error ?? 'cannot be read'}. No context in it can be used.`,
      remediation:
        'Point the `kubeconfig` input or KUBECONFIG at the kubeconfig file itself, not its folder; ' +
        'write it as a regular file, not a named pipe or a process substitution (`<(…)`); and make ' +
        'it readable by the user the job runs as (a file written by a container runs as root: ' +
        '`sudo chown "$(id -u)" <file>`, or write it in a step run as that user).',
      evidence: { field: 'kubeconfig', path: f.path, problem: 'unreadable', setIn: kc.source.kind },
      location: { file: f.path },
    }));
}

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
  title: 'A kubeconfig file, or a file it references, cannot be read',
  severity: 'error',
  description:
    'certificate-authority, client-certificate, client-key and tokenFile name files. Relative paths ' +
    'resolve against the folder of the kubeconfig file that set them, not the working directory. A ' +
    'missing or unreadable file makes kubectl fail ("unable to read client-cert … due to open …: no ' +
    'such file or directory"); an empty or missing tokenFile gives a 401. The kubeconfig file ' +
    'itself is reported here too when it exists but cannot be read: kubectl fails on a folder or ' +
    'a file the job may not read (`error loading config file`) and blocks on a FIFO.',
  remediation:
    'Create the file on the runner before this step (for example write it from a secret with ' +
    '`printf "%s" "$CA_PEM" > ca.crt`), or embed the content instead of a path: ' +
    '`kubectl config set-cluster <name> --certificate-authority=<file> --embed-certs` and ' +
    '`kubectl config set-credentials <user> --client-certificate=<crt> --client-key=<key> --embed-certs`. ' +
    "Check that the path is relative to the kubeconfig file, not to the job's working directory.",
  run({ targets, kubeconfig }) {
    const out: FindingDraft[] = unreadableKubeconfigs(kubeconfig);
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
