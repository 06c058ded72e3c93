/** One kubeconfig text → a KubeconfigFile: entries in file order with positions, or why kubectl refuses it. */
import type {
  Entry,
  EntryKind,
  KubeCluster,
  KubeconfigFile,
  KubeContext,
  KubeUser,
  Position,
  RefusedKind,
} from '../../model/kubeconfig.js';
import type { SecretSet } from '../secrets.js';
import { checkShape, CLUSTER, CONFIG, CONTEXT, fieldShape, type Shape, USER } from './schema.js';
import { parseYamlTree, type YNode } from './yaml-tree.js';
import { looksLikeBase64Kubeconfig } from './input.js';
import { registerClusterSecrets, registerUserSecrets } from './secret-fields.js';
import { mib } from '../../model/text.js';

export const MAX_KUBECONFIG_BYTES = 10 * 1024 * 1024;

/** The error of a file over the size limit (kubeconfigs are kilobytes; this guards memory). */
export function tooLarge(bytes: number): string {
  return `is ${mib(bytes)} (${bytes.toLocaleString('en')} bytes), over the ${mib(MAX_KUBECONFIG_BYTES)} limit; refusing to parse it`;
}
const PLACEHOLDERS = ['REDACTED', 'DATA+OMITTED'];

type Redacted = KubeconfigFile['redacted'][number];

export function blankFile(
  path: string,
  dir: string,
  status: KubeconfigFile['status'],
): KubeconfigFile {
  return {
    path,
    dir,
    status,
    clusters: [],
    users: [],
    contexts: [],
    redacted: [],
    duplicateKeys: [],
  };
}

function invalid(
  file: KubeconfigFile,
  error: string,
  position?: Position,
  refused?: RefusedKind,
): KubeconfigFile {
  const out: KubeconfigFile = {
    ...file,
    status: 'invalid',
    error,
    ...(refused ? { refused } : {}),
    clusters: [],
    users: [],
    contexts: [],
  };
  if (position) out.position = position;
  delete out.currentContext;
  return out;
}

/** A node as a plain value of its shape; values of the wrong type are left out (Go's zero value). */
function toPlain(
  node: YNode | undefined,
  shape: Shape,
  path: string,
  sink: (p: string, v: string, line: number) => void,
): unknown {
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (shape === 'any') return plainAny(node);
  if (shape === 'string' || shape === 'bytes' || shape === 'bool') {
    if (node.kind !== 'scalar') return undefined;
    const want = shape === 'bool' ? 'boolean' : 'string';
    if (typeof node.value !== want) return undefined;
    if (typeof node.value === 'string' && PLACEHOLDERS.includes(node.value.trim())) {
      sink(path, node.value.trim(), node.pos.line);
    }
    return node.value;
  }
  if ('list' in shape) {
    if (node.kind !== 'seq') return undefined;
    return node.items.map(
      (item, i) => toPlain(item, shape.list, `${path}[${i}]`, sink) ?? zero(shape.list),
    );
  }
  if (node.kind !== 'map') return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, field] of node.fields) {
    const inner = fieldShape(shape, key);
    if (!inner) continue;
    const value = toPlain(field.value, inner, path ? `${path}.${key}` : key, sink);
    // Defined, not assigned: a key named __proto__ (in an as-user-extra or extension map) is data.
    if (value !== undefined)
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** What Go leaves in a list slot that is null. */
function zero(shape: Shape): unknown {
  if (shape === 'string' || shape === 'bytes') return '';
  if (shape === 'bool') return false;
  if (shape === 'any') return null;
  return 'list' in shape ? [] : {};
}

function plainAny(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainAny);
  return Object.fromEntries([...node.fields].map(([k, f]) => [k, plainAny(f.value)]));
}

function entries<T>(
  root: YNode & { kind: 'map' },
  kind: EntryKind,
  shape: Shape,
  file: string,
  redacted: Redacted[],
): Entry<T>[] {
  const list = root.fields.get(`${kind}s`)?.value;
  if (list?.kind !== 'seq') return [];
  return list.items.map((item) => {
    const fields = item.kind === 'map' ? item.fields : new Map();
    const nameNode = fields.get('name')?.value;
    const name =
      nameNode?.kind === 'scalar' && typeof nameNode.value === 'string' ? nameNode.value : '';
    const inner: YNode | undefined = fields.get(kind)?.value;
    const sink = (path: string, placeholder: string, line: number) =>
      redacted.push({ field: `${kind} "${name}" ${path}`, placeholder, line });
    const value = (toPlain(inner, shape, '', sink) ?? {}) as T;
    const fieldLines: Record<string, number> = {};
    if (inner?.kind === 'map') {
      for (const [key, f] of inner.fields) fieldLines[key] = f.keyPos.line;
    }
    const origin = { file, line: item.pos.line, column: item.pos.column };
    return { name, value, origin, fieldLines };
  });
}

/** The first name given twice in one list: kubectl's `duplicate name "x" in list`. */
function duplicateName(file: KubeconfigFile): { message: string; position: Position } | undefined {
  for (const [kind, list] of [
    ['cluster', file.clusters],
    ['user', file.users],
    ['context', file.contexts],
  ] as const) {
    const seen = new Map<string, number | undefined>();
    for (const e of list) {
      if (seen.has(e.name)) {
        const first = seen.get(e.name);
        return {
          message: `duplicate name "${e.name}" in list of ${kind}s (lines ${first} and ${e.origin.line}); kubectl refuses the file`,
          position: { line: e.origin.line ?? 1, column: e.origin.column ?? 1 },
        };
      }
      seen.set(e.name, e.origin.line);
    }
  }
  return undefined;
}

function rootProblem(root: YNode): string {
  if (root.kind === 'seq')
    return 'the file is a YAML list; a kubeconfig is a mapping (apiVersion, kind, clusters, users, contexts)';
  if (
    root.kind === 'scalar' &&
    typeof root.value === 'string' &&
    looksLikeBase64Kubeconfig(root.value)
  ) {
    return 'the file holds base64-encoded kubeconfig; decode it when writing the file (`echo "$KUBECONFIG_B64" | base64 -d > "$HOME/.kube/config"`)';
  }
  return 'the file is a single value, not a mapping (apiVersion, kind, clusters, users, contexts)';
}

function typeProblem(
  root: YNode & { kind: 'map' },
): { message: string; position?: Position } | undefined {
  const shapeError = checkShape(root, CONFIG);
  if (shapeError) return shapeError;
  const kind = root.fields.get('kind');
  const apiVersion = root.fields.get('apiVersion');
  const text = (n: YNode | undefined) =>
    n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : '';
  const k = text(kind?.value);
  const v = text(apiVersion?.value);
  if ((k && k !== 'Config') || (v && v !== 'v1')) {
    return {
      message: `apiVersion "${v}" kind "${k}" is not a kubeconfig; kubectl expects apiVersion: v1, kind: Config`,
      position: (k && k !== 'Config' ? kind : apiVersion)?.keyPos,
    };
  }
  return undefined;
}

/** Parses kubeconfig text; registers every secret-valued field with `secrets` as soon as it is read. */
export function parseKubeconfigText(
  text: string,
  path: string,
  dir: string,
  secrets: SecretSet,
): KubeconfigFile {
  const file = blankFile(path, dir, 'loaded');
  if (text.length > MAX_KUBECONFIG_BYTES / 4 && Buffer.byteLength(text) > MAX_KUBECONFIG_BYTES) {
    const size = Buffer.byteLength(text);
    return invalid(file, tooLarge(size), undefined, 'size');
  }
  if (text.trim() === '') return { ...file, status: 'empty' };
  const tree = parseYamlTree(text);
  if (!tree.ok) return invalid(file, tree.error, tree.position, tree.refused);
  file.duplicateKeys = tree.duplicateKeys;
  const root = tree.root;
  if (!root) return { ...file, status: 'empty' };
  if (root.kind !== 'map') return invalid(file, rootProblem(root), root.pos);

  file.clusters = entries<KubeCluster>(root, 'cluster', CLUSTER, path, file.redacted);
  file.users = entries<KubeUser>(root, 'user', USER, path, file.redacted);
  file.contexts = entries<KubeContext>(root, 'context', CONTEXT, path, file.redacted);
  for (const user of file.users) registerUserSecrets(user.value, secrets);
  for (const cluster of file.clusters) registerClusterSecrets(cluster.value, secrets);
  const current = root.fields.get('current-context');
  if (
    current?.value.kind === 'scalar' &&
    typeof current.value.value === 'string' &&
    current.value.value
  ) {
    file.currentContext = { name: current.value.value, line: current.keyPos.line };
  }

  const problem = typeProblem(root);
  if (problem) return invalid(file, problem.message, problem.position);
  const duplicate = duplicateName(file);
  if (duplicate)
    return { ...file, status: 'invalid', error: duplicate.message, position: duplicate.position };
  return file;
}
