/**
 * The Go types of a v1 kubeconfig (client-go `tools/clientcmd/api/v1/types.go`) and a checker that
 * rejects what kubectl's JSON decoding rejects: a number where a string belongs, a quoted "true"
 * for a boolean, a mapping for a list. Unknown fields are ignored and names are case-sensitive.
 */
import type { Position } from '../../model/kubeconfig.js';
import type { YNode } from './yaml-tree.js';

export type Shape =
  | 'string'
  | 'bytes'
  | 'bool'
  | 'any'
  | { list: Shape }
  | { dict: Shape }
  | { struct: Record<string, Shape> };

/**
 * The shape of a mapping's field `key`: a dict's value shape, a struct's own field (a key named
 * valueOf or __proto__ is an unknown field, not an inherited property), else undefined.
 */
export function fieldShape(
  shape: { dict: Shape } | { struct: Record<string, Shape> },
  key: string,
): Shape | undefined {
  if ('dict' in shape) return shape.dict;
  return Object.hasOwn(shape.struct, key) ? shape.struct[key] : undefined;
}

const extensions: Shape = { list: { struct: { name: 'string', extension: 'any' } } };

export const CLUSTER: Shape = {
  struct: {
    server: 'string',
    'tls-server-name': 'string',
    'insecure-skip-tls-verify': 'bool',
    'certificate-authority': 'string',
    'certificate-authority-data': 'bytes',
    'proxy-url': 'string',
    'disable-compression': 'bool',
    extensions,
  },
};

export const EXEC: Shape = {
  struct: {
    command: 'string',
    args: { list: 'string' },
    env: { list: { struct: { name: 'string', value: 'string' } } },
    apiVersion: 'string',
    installHint: 'string',
    provideClusterInfo: 'bool',
    interactiveMode: 'string',
  },
};

export const USER: Shape = {
  struct: {
    'client-certificate': 'string',
    'client-certificate-data': 'bytes',
    'client-key': 'string',
    'client-key-data': 'bytes',
    token: 'string',
    tokenFile: 'string',
    as: 'string',
    'as-uid': 'string',
    'as-groups': { list: 'string' },
    'as-user-extra': { dict: { list: 'string' } },
    username: 'string',
    password: 'string',
    'auth-provider': { struct: { name: 'string', config: { dict: 'string' } } },
    exec: EXEC,
    extensions,
  },
};

export const CONTEXT: Shape = {
  struct: { cluster: 'string', user: 'string', namespace: 'string', extensions },
};

const named = (field: string, inner: Shape): Shape => ({
  list: { struct: { name: 'string', [field]: inner } },
});

export const CONFIG: Shape = {
  struct: {
    kind: 'string',
    apiVersion: 'string',
    preferences: { struct: { colors: 'bool', extensions } },
    clusters: named('cluster', CLUSTER),
    users: named('user', USER),
    contexts: named('context', CONTEXT),
    'current-context': 'string',
    extensions,
  },
};

export interface ShapeError {
  message: string;
  position: Position;
}

function expected(shape: Shape): string {
  if (shape === 'string') return 'a string';
  if (shape === 'bytes') return 'a base64 string';
  if (shape === 'bool') return 'true or false';
  if (shape === 'any') return 'any value';
  return 'list' in shape ? 'a list' : 'a mapping';
}

function found(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  const v = node.value;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  if (typeof v === 'number') return 'a number'; // never the value: it may be a secret (a numeric token)
  return 'a string';
}

function hint(shape: Shape, node: YNode): string {
  if (node.kind !== 'scalar') return '';
  if ((shape === 'string' || shape === 'bytes') && typeof node.value !== 'string') {
    return ' (quote the value so YAML reads it as text; kubectl reads YAML 1.1, where yes/no/on/off/y/n are booleans)';
  }
  if (shape === 'bool' && typeof node.value === 'string' && /^(true|false)$/i.test(node.value)) {
    return ' (remove the quotes)';
  }
  return '';
}

/** The first place the tree does not fit the shape, as Go's decoder reports the first type error. */
export function checkShape(
  node: YNode | undefined,
  shape: Shape,
  path = '',
): ShapeError | undefined {
  if (!node || shape === 'any') return undefined;
  if (node.kind === 'scalar' && node.value === null) return undefined; // null leaves the zero value
  const fail = (): ShapeError => ({
    message: `${path || 'the document'} must be ${expected(shape)}, not ${found(node)}${hint(shape, node)}`,
    position: node.pos,
  });
  if (shape === 'string' || shape === 'bytes') {
    return node.kind === 'scalar' && typeof node.value === 'string' ? undefined : fail();
  }
  if (shape === 'bool') {
    return node.kind === 'scalar' && typeof node.value === 'boolean' ? undefined : fail();
  }
  if ('list' in shape) {
    if (node.kind !== 'seq') return fail();
    for (const [i, item] of node.items.entries()) {
      const err = checkShape(item, shape.list, `${path}[${i}]`);
      if (err) return err;
    }
    return undefined;
  }
  if (node.kind !== 'map') return fail();
  for (const [key, field] of node.fields) {
    const inner = fieldShape(shape, key);
    if (!inner) continue;
    const err = checkShape(field.value, inner, path ? `${path}.${key}` : key);
    if (err) return err;
  }
  return undefined;
}
