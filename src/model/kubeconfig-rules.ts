/** Pure helpers the kubeconfig checks share: where things are, which auth methods a user has. */
import type { Entry, KubeconfigFile, KubeUser, MergedKubeconfig, Origin } from './kubeconfig.js';
import type { Location } from './finding.js';

/** `file:line`, or just the file when the line is unknown. */
export function at(origin: Origin, line = origin.line): string {
  return line ? `${origin.file}:${line}` : origin.file;
}

/** The line of `field` inside an entry, else the entry's own line. */
export function fieldLine(entry: Entry<unknown>, field?: string): number | undefined {
  return (field ? entry.fieldLines[field] : undefined) ?? entry.origin.line;
}

export function fieldAt(entry: Entry<unknown>, field?: string): string {
  return at(entry.origin, fieldLine(entry, field));
}

export function fieldLocation(entry: Entry<unknown>, field?: string): Location {
  const line = fieldLine(entry, field);
  return { file: entry.origin.file, ...(line ? { line } : {}) };
}

/** True for a string that is set (client-go treats "" as unset). */
export function isSet(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

/** Names given more than once in one file's list, with the line of each definition. */
export function duplicateNames(
  file: KubeconfigFile,
): { kind: 'cluster' | 'user' | 'context'; name: string; lines: number[] }[] {
  const out: { kind: 'cluster' | 'user' | 'context'; name: string; lines: number[] }[] = [];
  for (const [kind, list] of [
    ['cluster', file.clusters],
    ['user', file.users],
    ['context', file.contexts],
  ] as const) {
    const lines = new Map<string, number[]>();
    for (const e of list) lines.set(e.name, [...(lines.get(e.name) ?? []), e.origin.line ?? 0]);
    for (const [name, l] of lines) if (l.length > 1) out.push({ kind, name, lines: l });
  }
  return out;
}

/** The first file kubectl could not load (unreadable, or invalid for a reason other than duplicate names). */
export function unloadableFile(kc: MergedKubeconfig): KubeconfigFile | undefined {
  return kc.files.find(
    (f) => f.status === 'unreadable' || (f.status === 'invalid' && duplicateNames(f).length === 0),
  );
}

/** The authentication methods a user sets, in client-go's terms. */
export function authMethods(user: KubeUser): string[] {
  const methods: string[] = [];
  if (isSet(user.token)) methods.push('token');
  if (isSet(user.tokenFile)) methods.push('tokenFile');
  if (isSet(user.username) || isSet(user.password)) methods.push('basicAuth');
  if (isSet(user['client-certificate']) || isSet(user['client-certificate-data'])) {
    methods.push('clientCert');
  }
  if (user.exec) methods.push(`exec (${user.exec.command || 'no command'})`);
  if (user['auth-provider']) methods.push(`auth-provider (${user['auth-provider'].name ?? ''})`);
  return methods;
}

/** `token`, `exec (aws)`, … or `no credentials`, for messages about a user. */
export function describeAuth(user: KubeUser): string {
  const methods = authMethods(user);
  return methods.length > 0 ? methods.join(' + ') : 'no credentials';
}

/** A URL with any user:password@ removed, safe to print. */
export function withoutUserInfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
}

/** Lists names for messages: `"a", "b"` or `none`. */
export function nameList(names: Iterable<string>): string {
  const list = [...names].map((n) => `"${n}"`);
  return list.length > 0 ? list.join(', ') : 'none';
}
