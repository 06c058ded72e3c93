/** Runs a plugin with no shell and no stdin, bounded in time and output, killing its process group. */
import { type ChildProcess, spawn } from 'node:child_process';

export const MAX_STDOUT_BYTES = 1024 * 1024;
export const MAX_STDERR_BYTES = 64 * 1024;
/** Between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 1000;
/** How long stdout may stay open after the plugin exited (a child it started still holds it). */
export const STDOUT_LINGER_MS = 2000;

export interface RunRequest {
  file: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Epoch ms (wall clock) by which the plugin must be done. */
  deadline: number;
  signal: AbortSignal;
  /** Called once the process is started (or could not be). */
  onSpawn?: () => void;
}

export type RunResult =
  | {
      kind: 'exited';
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: Buffer;
      stdoutOverflow: boolean;
      stderr: string;
      /** The plugin exited but stdout stayed open past the linger time (kubectl would hang). */
      stdoutHeldOpen: boolean;
    }
  | { kind: 'timeout'; stderr: string; reason: 'deadline' | 'aborted' }
  | { kind: 'spawn-error'; code?: string; message: string };

/** setTimeout overflows past 2^31-1 ms and would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function runBounded(req: RunRequest): Promise<RunResult> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(req.file, req.args, {
        cwd: req.cwd,
        env: req.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        shell: false,
      });
    } catch (err) {
      req.onSpawn?.();
      const e = err as NodeJS.ErrnoException;
      return resolve({
        kind: 'spawn-error',
        ...(e.code ? { code: e.code } : {}),
        message: e.message,
      });
    }
    req.onSpawn?.();
    const out: Buffer[] = [];
    let outBytes = 0;
    let stdoutOverflow = false;
    // The last MAX_STDERR_BYTES of stderr, kept in place: a flood makes no garbage of its own
    // beyond the chunks the pipe hands over (a concat per chunk doubled it).
    const errTail = Buffer.alloc(MAX_STDERR_BYTES);
    let errBytes = 0;
    let stdoutEnded = false;
    let stderrEnded = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let settled = false;
    let stopping: 'deadline' | 'aborted' | undefined;
    const timers: NodeJS.Timeout[] = [];
    let killTimer: NodeJS.Timeout | undefined;

    const killGroup = (sig: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        // the group is already gone
      }
    };
    const stderr = () => errTail.toString('utf8', 0, errBytes);
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      killTimer?.unref();
      req.signal.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      resolve(result);
    };
    const exited = () => {
      if (!exit) return;
      if (!stdoutEnded) killGroup('SIGKILL');
      finish({
        kind: 'exited',
        ...exit,
        stdout: Buffer.concat(out),
        stdoutOverflow,
        stderr: stderr(),
        stdoutHeldOpen: !stdoutEnded,
      });
    };
    const maybeDone = () => {
      if (exit && stdoutEnded && stderrEnded) exited();
    };
    const stop = (reason: 'deadline' | 'aborted') => {
      if (settled) return;
      if (exit) return exited();
      stopping = reason;
      killGroup('SIGTERM');
      // Not cleared by finish(): what is left of the group is killed even after we reported.
      killTimer = setTimeout(() => {
        killGroup('SIGKILL');
        finish({ kind: 'timeout', stderr: stderr(), reason });
      }, KILL_GRACE_MS);
    };
    const onAbort = () => stop('aborted');

    child.stdout?.on('data', (chunk: Buffer) => {
      const room = MAX_STDOUT_BYTES - outBytes;
      if (chunk.length > room) stdoutOverflow = true;
      if (room > 0) out.push(chunk.subarray(0, room));
      outBytes += Math.min(room, chunk.length);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      const fresh = chunk.subarray(Math.max(0, chunk.length - MAX_STDERR_BYTES));
      const keep = Math.min(errBytes, MAX_STDERR_BYTES - fresh.length);
      errTail.copy(errTail, 0, errBytes - keep, errBytes); // overlapping: copy moves it safely
      fresh.copy(errTail, keep);
      errBytes = keep + fresh.length;
    });
    child.stdout?.on('end', () => {
      stdoutEnded = true;
      maybeDone();
    });
    child.stderr?.on('end', () => {
      stderrEnded = true;
      maybeDone();
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return;
      finish({
        kind: 'spawn-error',
        ...(err.code ? { code: err.code } : {}),
        message: err.message,
      });
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      if (stopping) return finish({ kind: 'timeout', stderr: stderr(), reason: stopping });
      exit = { code, signal };
      maybeDone();
      if (!settled) timers.push(setTimeout(exited, STDOUT_LINGER_MS));
    });

    if (req.signal.aborted) return stop('aborted');
    const budget = Math.min(MAX_TIMER_MS, Math.max(0, req.deadline - Date.now()));
    timers.push(setTimeout(() => stop('deadline'), budget));
    req.signal.addEventListener('abort', onAbort, { once: true });
  });
}
