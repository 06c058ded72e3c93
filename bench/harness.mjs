// The test harness is TypeScript: bundle it once to start the same real cluster the tests use.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export async function startBenchCluster(root, tmp, options = {}) {
  const harness = path.join(tmp, 'cluster.mjs');
  await build({
    entryPoints: [path.join(root, '__tests__/helpers/cluster.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: harness,
    logLevel: 'warning',
    define: { 'import.meta.dirname': JSON.stringify(path.join(root, '__tests__/helpers')) },
  });
  process.env.KUBE_PREFLIGHT_CLUSTER_BIN ??= execFileSync(
    'bash',
    [path.join(root, 'test/cluster/build.sh')],
    { encoding: 'utf8' },
  ).trim();
  const { startCluster } = await import(harness);
  return startCluster(options);
}
