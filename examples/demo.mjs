// `npm run demo`: `kube-preflight demo` — an audit of generated kubeconfigs with realistic faults
// (expired client certificate, missing exec plugin, shadowed cluster name, a token expiring in the
// middle of a deploy), printed as the terminal report, with the job summary written to a file.
// When the local test cluster's binaries are built (the test command builds them into
// ~/.cache/kube-preflight), it also starts that real kube-apiserver on loopback and runs the gate
// live against it: a service-account token that ends mid-deploy and a permission RBAC does not give.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const demo = (args) =>
  spawnSync(process.execPath, [cli, 'demo', ...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
  }).status ?? 1;

const cache = path.join(os.homedir(), '.cache', 'kube-preflight');
const built = existsSync(cache)
  ? readdirSync(cache)
      .filter((d) => d.startsWith('cluster-'))
      .map((d) => path.join(cache, d))
      .find((d) => existsSync(path.join(d, 'kube-apiserver')) && existsSync(path.join(d, 'etcd')))
  : undefined;
if (!built || !existsSync(path.join(root, 'node_modules', 'esbuild'))) process.exit(demo([]));

process.env.KUBE_PREFLIGHT_CLUSTER_BIN = built;
const { importHelper } = await import(path.join(root, 'bench', 'harness.mjs'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kube-preflight-demo-live-'));
const { startCluster, liveDemo, LIVE_REQUIRE } = await importHelper(root, tmp, 'demo-live');
const cluster = await startCluster({ anonymous: false });
let status;
try {
  const { kubeconfig } = await liveDemo(cluster, tmp);
  status = demo(['--kubeconfig', kubeconfig, ...LIVE_REQUIRE.flatMap((r) => ['--require', r])]);
} finally {
  await cluster.stop();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
