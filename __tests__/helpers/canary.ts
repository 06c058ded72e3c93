/**
 * The secrets a bundled run was given, read from its inputs as a runner would pass them (the
 * kubeconfig content, files or KUBECONFIG paths, the GitHub token, AWS keys in the environment),
 * independently of the code under test. runner.ts checks every run against them: none may appear
 * in anything the run wrote, and each one the run read must have been masked.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { auditEntries, expandGlob } from '../../src/gather/kubeconfig/audit-files.js';
import { MAX_LINES, MAX_NODES } from '../../src/gather/kubeconfig/yaml-tree.js';
import { MAX_SLOW_QUOTED, overBudget, parseFirstDocument } from '../../src/model/go-yaml.js';
import {
  decodeBase64Kubeconfig,
  looksLikeKubeconfigText,
} from '../../src/gather/kubeconfig/input.js';

/** A unique value to plant in a secret slot: found anywhere later, it leaked. */
export const canary = (label: string): string =>
  `kpcanary-${label}-${randomBytes(12).toString('hex')}`;

/**
 * Where secrets leaked: each secret, and each line of 16+ characters of a multi-line one (a PEM
 * body line), searched in every text. `surface: first characters…` per leak.
 */
export function findLeaks(texts: Record<string, string>, secrets: string[]): string[] {
  const pieces = secrets.flatMap((s) => [s, ...s.split('\n').filter((l) => l.length >= 16)]);
  return Object.entries(texts).flatMap(([where, text]) =>
    pieces.filter((p) => text.includes(p)).map((p) => `${where}: ${p.slice(0, 12)}…`),
  );
}

const SECRET_PROVIDER_KEYS = ['id-token', 'refresh-token', 'client-secret', 'access-token'];
const SECRET_ENV = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL/i;

interface Found {
  /** Must appear nowhere. */
  hidden: string[];
  /** Must also have been masked (the gate read them). */
  masked: string[];
}

/** Kubeconfigs over this are refused unread by the gate (MAX_KUBECONFIG_BYTES): nothing to leak. */
const GATE_READS_UP_TO = 10 * 1024 * 1024;

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

/**
 * The kubeconfig texts an input names, classified as the gate classifies it (content, base64,
 * paths, lists, globs). A file this process cannot read, the gate (same user or less) cannot read
 * either: it holds nothing that could leak.
 */
function kubeconfigTexts(given: string, cwd: string): string[] {
  if (looksLikeKubeconfigText(given)) return [given];
  const decoded = decodeBase64Kubeconfig(given);
  if (decoded) return [decoded];
  const texts: string[] = [];
  for (const entry of auditEntries(given) ?? [given.trim()])
    for (const file of expandGlob(entry, cwd).files) {
      try {
        const stat = statSync(file);
        if (stat.isFile() && stat.size <= GATE_READS_UP_TO) texts.push(readFileSync(file, 'utf8'));
      } catch {
        // missing or unreadable: nothing the gate could read either
      }
    }
  return texts;
}

/** The secrets in a run's inputs and environment (`cwd`: where relative paths resolve). */
export function runSecrets(
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  cwd: string,
): Found {
  const out: Found = { hidden: [], masked: [] };
  const given = inputs.kubeconfig || (env.KUBECONFIG ?? '').split(':').join('\n');
  // The gate reads no value of a text it refuses (too many nodes or lines, megabytes
  // double-quoted), and the yaml package may take seconds over it: no secrets are taken from it
  // (huge-input.test.ts checks such runs print none of the text).
  const refused = (text: string) =>
    overBudget(text, { nodes: MAX_NODES, lines: MAX_LINES }) ||
    (text.length > MAX_SLOW_QUOTED && parseFirstDocument(text).refused);
  for (const text of given ? kubeconfigTexts(given, cwd) : [])
    if (!refused(text)) fromKubeconfig(text, out);
  const token = inputs['github-token'];
  if (token) {
    out.hidden.push(token);
    out.masked.push(token);
  }
  for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
    if (env[name] && env[name].length >= 8) out.hidden.push(env[name]);
  return out;
}

/** The secrets of a CLI run's `--kubeconfig` (path, list, glob or content) and environment. */
export function cliSecrets(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
): Found {
  const at = args.findIndex((a) => a === '--kubeconfig' || a.startsWith('--kubeconfig='));
  const value = at < 0 ? undefined : args[at]?.split('=').slice(1).join('=') || args[at + 1];
  return runSecrets(value ? { kubeconfig: value } : {}, env, cwd);
}

/** Throws when any of the run's secrets is in any of `texts`. */
export function expectNoSecretIn(texts: Record<string, string>, found: Found): void {
  const leaks = findLeaks(texts, found.hidden);
  if (leaks.length) throw new Error(`secrets leaked: ${leaks.join('; ')}`);
}
