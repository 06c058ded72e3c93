// `npm run demo`: `kube-preflight demo` — an audit of generated kubeconfigs with realistic faults
// (expired client certificate, missing exec plugin, shadowed cluster name, a token expiring in the
// middle of a deploy), printed as the terminal report, with the job summary written to a file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const cli = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist', 'cli.js');
const r = spawnSync(process.execPath, [cli, 'demo', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
