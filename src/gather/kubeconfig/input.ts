/** What the `kubeconfig` input holds: nothing, inline YAML/JSON, base64 of it, or a list of paths. */

export type KubeconfigSpec =
  | { kind: 'auto' }
  | { kind: 'empty' }
  | { kind: 'paths'; paths: string[]; explicit: boolean }
  | { kind: 'content'; text: string; encoding: 'yaml' | 'base64' };

const TOP_LEVEL_KEY = /^(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m;
const JSON_KUBECONFIG = /^\{[\s\S]*"(apiVersion|kind|clusters|contexts|users|current-context)"\s*:/;
const STARTS_LIKE_CONTENT =
  /^(\{|---|#|(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:)/;

/** True when text reads as a kubeconfig document (YAML keys at line starts, or a JSON object). */
export function looksLikeKubeconfigText(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return TOP_LEVEL_KEY.test(t) || JSON_KUBECONFIG.test(t);
}

/** The kubeconfig inside a base64 string (possibly wrapped across lines), if that is what it is. */
export function decodeBase64Kubeconfig(raw: string): string | undefined {
  const compact = raw.replace(/\s+/g, '');
  if (compact.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined;
  }
  return looksLikeKubeconfigText(text) ? text : undefined;
}

export function looksLikeBase64Kubeconfig(raw: string): boolean {
  return decodeBase64Kubeconfig(raw) !== undefined;
}

/**
 * Pure: undefined or `auto` → client-go's default rules; blank → empty (a missing secret);
 * base64 of a kubeconfig → content/base64; YAML or JSON text → content/yaml; else a path list.
 */
export function interpretKubeconfigInput(
  raw: string | undefined,
  pathDelimiter = ':',
): KubeconfigSpec {
  if (raw === undefined || raw.trim() === 'auto') return { kind: 'auto' };
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (decodeBase64Kubeconfig(text) !== undefined)
    return { kind: 'content', text, encoding: 'base64' };
  if (text.includes('\n') || STARTS_LIKE_CONTENT.test(text.replace(/^\uFEFF/, ''))) {
    return { kind: 'content', text: raw, encoding: 'yaml' };
  }
  const paths = text
    .split(pathDelimiter)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paths.length === 0) return { kind: 'empty' };
  return { kind: 'paths', paths, explicit: paths.length === 1 };
}
