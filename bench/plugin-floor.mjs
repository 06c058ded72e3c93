// The least any gate that must run a kubeconfig's exec plugin can take: Node starts, spawns the
// plugin (`node bench/plugin-floor.mjs <command> [args…]`) and waits for it — nothing else.
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) => {
  process.exitCode = code ?? 1;
});
