// `npm run demo`: the CLI on each example kubeconfig, one after the other.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const cli = path.join(here, '..', 'dist', 'cli.js');
const runs = [
  ['A service-account token that has expired', ['--kubeconfig', 'broken/expired-token.yaml']],
  ['An old EKS kubeconfig (v1alpha1 exec API)', ['--kubeconfig', 'broken/old-eks.yaml']],
  [
    'An exec plugin that is not installed',
    ['--kubeconfig', 'broken/old-eks.yaml', '--context', 'authenticator'],
  ],
  ['A GKE kubeconfig from before kubectl 1.26', ['--kubeconfig', 'broken/legacy-gke.yaml']],
  [
    'Two KUBECONFIG files that disagree',
    ['--kubeconfig', 'broken/multi/base.yaml:broken/multi/team.yaml'],
  ],
  ['A healthy setup', ['--kubeconfig', 'ok/token.yaml']],
];
for (const [title, args] of runs) {
  process.stdout.write(`\n━━━ ${title}\n$ kube-preflight ${args.join(' ')} --offline\n\n`);
  spawnSync(process.execPath, [cli, ...args, '--offline'], {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, KUBECONFIG: '' },
  });
}
