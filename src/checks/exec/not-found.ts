import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';

const GKE =
  'Add `google-github-actions/setup-gcloud@v2` with `install_components: gke-gcloud-auth-plugin` ' +
  '(or `gcloud components install gke-gcloud-auth-plugin`, or the apt package ' +
  '`google-cloud-cli-gke-gcloud-auth-plugin`).';

/** What to install on the runner, by the command's base name. */
const INSTALL: Record<string, string> = {
  aws:
    'Install AWS CLI v2 (preinstalled on GitHub-hosted ubuntu-latest; on self-hosted runners and ' +
    'containers: `curl -sSLo awscliv2.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip ' +
    '&& unzip -q awscliv2.zip && sudo ./aws/install`).',
  'aws-iam-authenticator':
    'aws-iam-authenticator is not preinstalled on GitHub runners: put a release binary from ' +
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/releases on PATH (`chmod +x`), or ' +
    'switch to `aws eks get-token`: `aws eks update-kubeconfig --name <cluster> --region <region>`.',
  'gke-gcloud-auth-plugin': GKE,
  gcloud: GKE,
  kubelogin:
    'Add `azure/use-kubelogin@v1` (Azure kubelogin) before this step, then `kubelogin ' +
    'convert-kubeconfig -l azurecli` (after `azure/login`) or `-l workloadidentity`.',
  'kubectl-oidc_login':
    'Install int128/kubelogin (`kubectl krew install oidc-login`, or a release binary from ' +
    'https://github.com/int128/kubelogin/releases); its browser login cannot work in CI, so ' +
    'prefer a service-account token.',
};

export default defineCheck({
  id: 'exec/not-found',
  title: 'Exec credential plugin is not installed',
  severity: 'error',
  description:
    'The user authenticates through an exec plugin whose command is not on the runner. A bare ' +
    'name is looked up on PATH; a name with a `/` is resolved against the folder of the ' +
    'kubeconfig file that defines the user. kubectl fails with `exec: executable <cmd> not found`.',
  remediation:
    'Install the plugin on the runner before this step (EKS: AWS CLI v2, preinstalled on ' +
    'ubuntu-latest; GKE: `google-github-actions/setup-gcloud` with `install_components: ' +
    'gke-gcloud-auth-plugin`; AKS: `azure/use-kubelogin`; OIDC: int128 kubelogin), or point ' +
    '`command` at an absolute path that exists.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== 'not-found') continue;
      const user = t.user?.name ?? '?';
      const name = x.command.split('/').pop() ?? x.command;
      const install = Object.hasOwn(INSTALL, name) ? INSTALL[name] : undefined;
      const hint = x.installHint ? `Install hint from the kubeconfig: ${x.installHint}` : '';
      const blocked = x.resolvedPath && /not (an )?executable|EACCES/.test(x.detail ?? '');
      const chmod = blocked ? `Make it executable: \`chmod +x ${x.resolvedPath}\`.` : '';
      out.push({
        message:
          `User "${user}" runs the exec plugin \`${x.command}\`, which is not on this runner: ` +
          `${x.detail ?? 'not found'}.${hint ? ` ${hint}` : ''}`,
        context: t.contextName,
        ...(install || hint || chmod
          ? { remediation: [chmod, install, hint].filter(Boolean).join('\n\n') }
          : {}),
        evidence: {
          user,
          command: x.command,
          resolvedPath: x.resolvedPath ?? null,
          installHint: x.installHint ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null,
        },
        location: { file: x.origin.file, ...(x.origin.line ? { line: x.origin.line } : {}) },
      });
    }
    return out;
  },
});
