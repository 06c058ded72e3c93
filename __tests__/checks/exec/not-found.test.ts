import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/not-found.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';

function one(partial: Parameters<typeof execTarget>[0]) {
  const drafts = run(check, facts({ targets: [execTarget({ outcome: 'not-found', ...partial })] }));
  expect(drafts).toHaveLength(1);
  return drafts[0]!;
}

describe('exec/not-found', () => {
  it('names the command and quotes the sanitised install hint', () => {
    const d = one({
      command: 'aws-iam-authenticator',
      detail: 'exec: executable aws-iam-authenticator not found (not on PATH (3 folders searched))',
      installHint: 'Install aws-iam-authenticator from its releases page',
    });
    expect(d.message).toContain('`aws-iam-authenticator`');
    expect(d.message).toContain('Install hint from the kubeconfig: Install aws-iam-authenticator');
    expect(d.remediation).toContain('kubernetes-sigs/aws-iam-authenticator/releases');
    expect(d.remediation).toContain('Install hint from the kubeconfig');
    expect(d.evidence).toMatchObject({ command: 'aws-iam-authenticator', line: 14 });
  });

  it.each([
    ['aws', 'AWS CLI v2'],
    ['gke-gcloud-auth-plugin', 'install_components: gke-gcloud-auth-plugin'],
    ['kubelogin', 'azure/use-kubelogin'],
    ['/opt/bin/kubectl-oidc_login', 'int128/kubelogin'],
  ])('gives the install step for %s', (command, expected) => {
    expect(one({ command, detail: `exec: executable ${command} not found` }).remediation).toContain(
      expected,
    );
  });

  it('says chmod when the file exists but is not executable', () => {
    const d = one({
      command: './bin/plugin',
      resolvedPath: '/home/ci/.kube/bin/plugin',
      detail:
        'exec: executable ./bin/plugin not found (/home/ci/.kube/bin/plugin is not an executable file)',
    });
    expect(d.remediation).toContain('chmod +x /home/ci/.kube/bin/plugin');
    expect(d.evidence?.resolvedPath).toBe('/home/ci/.kube/bin/plugin');
  });

  it('falls back to the generic remediation for an unknown plugin without hint', () => {
    const d = one({ command: 'my-plugin', detail: 'exec: executable my-plugin not found' });
    expect(d.remediation).toBeUndefined();
    expect(check.remediation).toContain('gke-gcloud-auth-plugin');
  });

  it('is silent when the plugin was found', () => {
    const targets = [execTarget(), execTarget({ outcome: 'failed' }), target()];
    expect(run(check, facts({ targets }))).toEqual([]);
  });
});
