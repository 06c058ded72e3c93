/**
 * The live half of `npm run demo`, shared by examples/demo.mjs and its test: on the local test
 * cluster, a service account may create deployments but not delete secrets, and its token ends
 * eight minutes from now — in the middle of a fifteen-minute deploy.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startCluster, type Cluster } from './cluster.js';

export { startCluster };

export const LIVE_REQUIRE = ['create deployments.apps -n apps', 'delete secrets -n apps'];

/** Sets the scenario up on `cluster`; returns the kubeconfig file (in `dir`) and its token. */
export async function liveDemo(
  cluster: Cluster,
  dir: string,
): Promise<{ kubeconfig: string; token: string }> {
  await cluster.createNamespace('apps');
  await cluster.createServiceAccount('apps', 'deployer');
  await cluster.grant({
    serviceAccount: { namespace: 'apps', name: 'deployer' },
    namespace: 'apps',
    rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'create', 'patch'] }],
  });
  const token = cluster.serviceAccountToken({
    namespace: 'apps',
    name: 'deployer',
    expiresAt: new Date(Date.now() + 8 * 60_000),
  });
  const kubeconfig = path.join(dir, 'live.yaml');
  writeFileSync(kubeconfig, cluster.kubeconfig({ token }), { mode: 0o600 });
  return { kubeconfig, token };
}
