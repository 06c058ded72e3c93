// The test harness is TypeScript: bundle it once to start the same real cluster the tests use.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * A TypeScript test helper (`__tests__/helpers/<name>.ts`, or `__tests__/<dir>/<name>.ts`)
 * bundled into `tmp`, then imported.
 */
export async function importHelper(root, tmp, name) {
  const file = name.includes('/') ? `__tests__/${name}.ts` : `__tests__/helpers/${name}.ts`;
  const out = path.join(tmp, `${name.replaceAll('/', '-')}.mjs`);
  await build({
    entryPoints: [path.join(root, file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle need a real `require`.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    define: { 'import.meta.dirname': JSON.stringify(path.join(root, '__tests__/helpers')) },
  });
  process.env.KUBE_PREFLIGHT_CLUSTER_BIN ??= execFileSync(
    'bash',
    [path.join(root, 'test/cluster/build.sh')],
    { encoding: 'utf8' },
  ).trim();
  return import(out);
}

export async function startBenchCluster(root, tmp, options = {}) {
  const { startCluster } = await importHelper(root, tmp, 'cluster');
  return startCluster(options);
}
