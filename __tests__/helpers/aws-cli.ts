/** The real aws CLI for tests, refused unless every endpoint it may call is on loopback. */
import { spawn } from 'node:child_process';

const LOOPBACK = /^https?:\/\/127\.0\.0\.1(:\d+)?(\/|$)/;

/**
 * Runs the real `aws` CLI with `env` (plus PATH/HOME, TZ=UTC); refuses unless AWS_ENDPOINT_URL is
 * loopback. `at` freezes the CLI's clock with `faketime -f '<UTC time>'` (a stopped clock).
 */
export function runAws(args: string[], env: Record<string, string>, at?: Date): Promise<string> {
  if (!LOOPBACK.test(env.AWS_ENDPOINT_URL ?? ''))
    throw new Error('AWS_ENDPOINT_URL must be loopback');
  const full = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TZ: 'UTC',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  const [cmd, argv] = at
    ? ['faketime', ['-f', at.toISOString().slice(0, 19).replace('T', ' '), 'aws', ...args]]
    : ['aws', args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      env: full,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60000,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`aws ${args.slice(0, 2).join(' ')}: ${err}`)),
    );
  });
}
