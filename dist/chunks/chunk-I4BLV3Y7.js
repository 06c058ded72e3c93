import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

// src/gather/cluster/kubectl.ts
import { devNull } from "node:os";

// src/gather/exec/resolve.ts
import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
async function executable(file) {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return "not-executable";
    await fs.access(file, constants.X_OK);
    return "yes";
  } catch (err) {
    return err.code === "ENOENT" ? "missing" : "not-executable";
  }
}
async function resolveCommand(command, baseDir, pathVar) {
  if (command.includes("/") || command.includes(path.sep)) {
    const file = path.resolve(baseDir, command);
    const state = await executable(file);
    if (state === "yes") return { ok: true, path: file };
    const why = state === "missing" ? "does not exist" : "is not an executable file";
    return {
      ok: false,
      path: file,
      detail: `exec: executable ${command} not found (${file} ${why})`
    };
  }
  const dirs = (pathVar ?? "").split(path.delimiter).filter((d) => path.isAbsolute(d));
  let blocked;
  for (const dir of dirs) {
    const file = path.join(dir, command);
    const state = await executable(file);
    if (state === "yes") return { ok: true, path: file };
    if (state === "not-executable" && !blocked) blocked = file;
  }
  const where = blocked ? `${blocked} exists but is not executable` : `not on PATH (${dirs.length} folders searched)`;
  return {
    ok: false,
    ...blocked ? { path: blocked } : {},
    detail: `exec: executable ${command} not found (${where})`
  };
}

// src/gather/exec/spawn.ts
import { spawn } from "node:child_process";
var MAX_STDOUT_BYTES = 1024 * 1024;
var MAX_STDERR_BYTES = 64 * 1024;
var KILL_GRACE_MS = 1e3;
var STDOUT_LINGER_MS = 2e3;
var MAX_TIMER_MS = 2 ** 31 - 1;
function runBounded(req) {
  return new Promise((resolve2) => {
    let child;
    try {
      child = spawn(req.file, req.args, {
        cwd: req.cwd,
        env: req.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
        shell: false
      });
    } catch (err) {
      req.onSpawn?.();
      const e = err;
      return resolve2({
        kind: "spawn-error",
        ...e.code ? { code: e.code } : {},
        message: e.message
      });
    }
    req.onSpawn?.();
    const out = [];
    let outBytes = 0;
    let stdoutOverflow = false;
    let errTail = Buffer.alloc(0);
    let stdoutEnded = false;
    let stderrEnded = false;
    let exit;
    let settled = false;
    let stopping;
    const timers = [];
    let killTimer;
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const stderr = () => errTail.toString("utf8");
    const finish = (result) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      killTimer?.unref();
      req.signal.removeEventListener("abort", onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      resolve2(result);
    };
    const exited = () => {
      if (!exit) return;
      if (!stdoutEnded) killGroup("SIGKILL");
      finish({
        kind: "exited",
        ...exit,
        stdout: Buffer.concat(out),
        stdoutOverflow,
        stderr: stderr(),
        stdoutHeldOpen: !stdoutEnded
      });
    };
    const maybeDone = () => {
      if (exit && stdoutEnded && stderrEnded) exited();
    };
    const stop = (reason) => {
      if (settled) return;
      if (exit) return exited();
      stopping = reason;
      killGroup("SIGTERM");
      killTimer = setTimeout(() => {
        killGroup("SIGKILL");
        finish({ kind: "timeout", stderr: stderr(), reason });
      }, KILL_GRACE_MS);
    };
    const onAbort = () => stop("aborted");
    child.stdout?.on("data", (chunk) => {
      const room = MAX_STDOUT_BYTES - outBytes;
      if (chunk.length > room) stdoutOverflow = true;
      if (room > 0) out.push(chunk.subarray(0, room));
      outBytes += Math.min(room, chunk.length);
    });
    child.stderr?.on("data", (chunk) => {
      const both = Buffer.concat([errTail, chunk]);
      errTail = both.subarray(Math.max(0, both.length - MAX_STDERR_BYTES));
    });
    child.stdout?.on("end", () => {
      stdoutEnded = true;
      maybeDone();
    });
    child.stderr?.on("end", () => {
      stderrEnded = true;
      maybeDone();
    });
    child.on("error", (err) => {
      if (child.pid !== void 0) return;
      finish({
        kind: "spawn-error",
        ...err.code ? { code: err.code } : {},
        message: err.message
      });
    });
    child.on("exit", (code, signal) => {
      if (settled) return;
      if (stopping) return finish({ kind: "timeout", stderr: stderr(), reason: stopping });
      exit = { code, signal };
      maybeDone();
      if (!settled) timers.push(setTimeout(exited, STDOUT_LINGER_MS));
    });
    if (req.signal.aborted) return stop("aborted");
    const budget = Math.min(MAX_TIMER_MS, Math.max(0, req.deadline - Date.now()));
    timers.push(setTimeout(() => stop("deadline"), budget));
    req.signal.addEventListener("abort", onAbort, { once: true });
  });
}

// src/gather/cluster/kubectl.ts
function parseGitVersion(v) {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : void 0;
}
async function kubectlVersion(opts) {
  const found = await resolveCommand("kubectl", opts.cwd, opts.env.PATH);
  if (!found.ok) return void 0;
  const env = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== void 0) env[k] = v;
  env.KUBECONFIG = devNull;
  const run = await runBounded({
    file: found.path,
    args: ["version", "--client", "-o", "json"],
    env,
    cwd: opts.cwd,
    deadline: opts.deadline,
    signal: opts.signal
  });
  const facts = { path: found.path };
  if (run.kind !== "exited" || run.code !== 0) {
    const why = run.kind === "timeout" ? "timed out" : run.kind === "spawn-error" ? run.message : `exit ${run.code}`;
    return { ...facts, error: `\`kubectl version --client\` failed (${why})` };
  }
  try {
    const doc = JSON.parse(run.stdout.toString("utf8"));
    const gitVersion = doc.clientVersion?.gitVersion ?? "";
    const parsed = parseGitVersion(gitVersion);
    if (!parsed) return { ...facts, error: `unrecognised kubectl version "${gitVersion}"` };
    return { ...facts, gitVersion, ...parsed };
  } catch {
    return { ...facts, error: "`kubectl version --client -o json` printed no JSON" };
  }
}

export {
  resolveCommand,
  KILL_GRACE_MS,
  runBounded,
  parseGitVersion,
  kubectlVersion
};
