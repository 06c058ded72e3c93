/** Builders for exec-plugin targets in check tests. */
import type { TargetFacts } from '../../src/model/facts.js';
import type { KubeUser } from '../../src/model/kubeconfig.js';
import type { ExecFacts } from '../../src/model/materials.js';
import { entry, target } from './facts.js';

export function execFacts(partial: Partial<ExecFacts> = {}): ExecFacts {
  return {
    command: 'aws',
    args: ['eks', 'get-token', '--cluster-name', 'demo'],
    apiVersion: 'client.authentication.k8s.io/v1beta1',
    interactiveMode: 'IfAvailable',
    outcome: 'ok',
    envNames: [],
    origin: { file: '/home/ci/.kube/config', line: 14 },
    ...partial,
  };
}

/** A target whose user "ci-user" runs the given exec plugin. */
export function execTarget(partial: Partial<ExecFacts> = {}, contextName = 'prod'): TargetFacts {
  const exec = execFacts(partial);
  const user = entry<KubeUser>('ci-user', { exec: { command: exec.command } }, 12);
  return target({ contextName, user, exec });
}
