// Loaded with `node --import` by the benchmarks: on exit, writes this process's peak RSS (KiB) and
// how many file descriptors it still has open (a leak shows as a count that grows with the work).
import { readdirSync, writeFileSync } from 'node:fs';

const out = process.env.KP_BENCH_RSS_FILE;
if (out)
  process.on('exit', () => {
    let fds = -1;
    try {
      fds = readdirSync('/proc/self/fd').length;
    } catch {
      // not Linux
    }
    writeFileSync(out, `${process.resourceUsage().maxRSS} ${fds}`);
  });
