/**
 * The secrets a bundled run was given, read from its inputs as a runner would pass them (the
 * kubeconfig content, files or KUBECONFIG paths, the GitHub token, AWS keys in the environment),
 * independently of the code under test. runner.ts checks every run against them: none may appear
 * in anything the run wrote, and each one the run read must have been masked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A unique value to plant in a secret slot: found anywhere later, it leaked. */
export const canary = (label: string): string =>
  `kpcanary-${label}-${Math.random().toString(16).slice(2, 10)}${Date.now().toString(16)}`;

const SECRET_PROVIDER_KEYS = ['id-token', 'refresh-token', 'client-secret', 'access-token'];
const SECRET_ENV = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL/i;

interface Found {
  /** Must appear nowhere. */
  hidden: string[];
  /** Must also have been masked (the gate read them). */
  masked: string[];
}

function fromKubeconfig(text: string, out: Found): void {
  let docs: unknown[];
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false }).flatMap((d) =>
      'toJS' in d ? [d.toJS({ maxAliasCount: 100 })] : [],
    );
  } catch {
    return;
  }
  const first = docs[0] as { users?: { user?: Record<string, unknown> }[] } | null;
  const users = Array.isArray(first?.users) ? first.users : [];
  for (const u of users) {
    const user = u?.user;
    if (!user || typeof user !== 'object') continue;
    const add = (v: unknown, mask = true) => {
      if (typeof v !== 'string' || v.length < 8 || /^(REDACTED|DATA\+OMITTED)$/.test(v)) return;
      out.hidden.push(v);
      if (mask) out.masked.push(v);
    };
    add(user.token);
    add(user.password);
    add(user['client-key-data']);
    // Decoded (and so masked) only for the contexts the run checks.
    if (typeof user['client-key-data'] === 'string')
      add(Buffer.from(user['client-key-data'], 'base64').toString(), false);
    const provider = user['auth-provider'] as { config?: Record<string, unknown> } | undefined;
    for (const key of SECRET_PROVIDER_KEYS) add(provider?.config?.[key]);
    const exec = user.exec as { env?: { name?: string; value?: unknown }[] } | undefined;
    for (const e of Array.isArray(exec?.env) ? exec.env : [])
      if (SECRET_ENV.test(String(e?.name))) add(e?.value);
  }
}

function readSmall(file: string): string | undefined {
  try {
    return existsSync(file) && statSync(file).isFile() && statSync(file).size < 2 << 20
      ? readFileSync(file, 'utf8')
      : undefined;
  } catch {
    return undefined;
  }
}

/** The secrets in a run's inputs and environment (`cwd`: where relative paths resolve). */
export function runSecrets(
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  cwd: string,
): Found {
  const out: Found = { hidden: [], masked: [] };
  const given = inputs.kubeconfig ?? '';
  const texts: string[] = [];
  if (/\n|^\s*(apiVersion|kind|clusters|users|contexts)\s*:/.test(given)) texts.push(given);
  else if (/^[A-Za-z0-9+/=\s]{40,}$/.test(given) && !given.includes('/'))
    texts.push(Buffer.from(given, 'base64').toString());
  else
    for (const p of given.split(/[\n,]/).filter(Boolean))
      texts.push(readSmall(path.resolve(cwd, p.trim())) ?? '');
  if (!given) {
    for (const p of (env.KUBECONFIG ?? '').split(':').filter(Boolean))
      texts.push(readSmall(path.resolve(cwd, p)) ?? '');
  }
  for (const text of texts) fromKubeconfig(text, out);
  const token = inputs['github-token'];
  if (token) {
    out.hidden.push(token);
    out.masked.push(token);
  }
  for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
    if (env[name] && env[name].length >= 8) out.hidden.push(env[name]);
  return out;
}

/** The secrets of a CLI run's `--kubeconfig` (path, list or content) and environment. */
export function cliSecrets(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
): string[] {
  const at = args.indexOf('--kubeconfig');
  const kubeconfig = at >= 0 ? args[at + 1] : undefined;
  // A KUBECONFIG-style list is read file by file; content is read as it is.
  const list =
    kubeconfig && !kubeconfig.includes('\n') ? kubeconfig.replaceAll(':', ',') : kubeconfig;
  const inputs: Record<string, string> = list ? { kubeconfig: list } : {};
  return runSecrets(inputs, env, cwd).hidden;
}

/** Throws when any secret (or a 16+ character line of one) is in any of `texts`. */
export function expectNoSecretIn(texts: Record<string, string>, secrets: string[]): void {
  for (const [where, text] of Object.entries(texts))
    for (const s of secrets)
      for (const piece of [s, ...s.split('\n').filter((l) => l.length >= 16)])
        if (text.includes(piece)) throw new Error(`a secret leaked into ${where}`);
}
