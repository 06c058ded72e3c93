/**
 * Generators for the fuzz tests: random structures rendered as YAML and JSON, mutations of real
 * seeds (kubeconfigs, PEM certificates and keys, base64 fields, JWTs, presigned EKS tokens, exec
 * plugin output) and the text-level damage files suffer (BOM, CRLF, tabs, truncation, binary junk,
 * duplicate keys, anchors and alias bombs, deep nesting, huge strings).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { makeCA, makeCert, type Issued } from '../helpers/pki.js';
import { makeEksToken, makeJwt } from '../helpers/tokens.js';

/** The clock the seeds are made against (tests inject the same `now`). */
export const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

// ---- seeds, made once per test file ----
let pki: { ca: Issued; client: Issued; stray: Issued; expired: Issued; ed: Issued } | undefined;
export function seeds() {
  if (!pki) {
    const ca = makeCA({ cn: 'fuzz-ca' });
    pki = {
      ca,
      client: makeCert({ cn: 'ci', orgs: ['system:masters'], issuer: ca }),
      stray: makeCert({ cn: 'stray' }),
      expired: makeCert({
        cn: 'old',
        issuer: ca,
        notBefore: new Date(NOW.getTime() - 9 * DAY),
        notAfter: new Date(NOW.getTime() - DAY),
      }),
      ed: makeCert({ cn: 'ed', keyType: 'ed25519', issuer: ca }),
    };
  }
  return pki;
}

// ---- strings ----
const SPECIAL = [
  ...['', ' ', '\t', '\n', '\r\n', '\uFEFF', '\u2028', '\0', '\x7f', '\u200b', 'é', '😀', '\ud800'],
  ...['REDACTED', 'DATA+OMITTED', '~', 'null', 'yes', 'on', 'no', '0o17', '1:20', '0x1F', '.inf'],
  ...['*a', '&a', '!!binary', '%', '%zz', '---', '...', '- ', '? ', ': ', '#', '{{ x }}', '"', "'"],
  ...['-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', 'k8s-aws-v1.', 'eyJ', '=', '/'],
  ...['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty', 'length', '0'],
];
export const special = fc.constantFrom(...SPECIAL);

/** Short strings of every kind: printable, any UTF-16 unit (lone surrogates too), special. */
export const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 24 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 16 }), weight: 2 },
  { arbitrary: fc.array(special, { maxLength: 6 }).map((a) => a.join('')), weight: 2 },
);

/** A string of up to ~1 MB, made by repeating a short chunk (cheap to generate), framed. */
export const huge = fc
  .tuple(
    fc.constantFrom('', 'eyJ', 'k8s-aws-v1.', 'a: ', '- '),
    fc.oneof(
      text,
      fc.constantFrom(' ', 'a', ' a', '\t', '%', '=', '/', '-----BEGIN A-----\n', '*a'),
    ),
    fc.integer({ min: 1_000, max: 1_000_000 }),
    fc.oneof(text, fc.constantFrom('x', '&', '.x.y', 'a.x.y', '\n')),
  )
  .map(
    ([head, chunk, size, tail]) =>
      `${head}${chunk.repeat(Math.ceil(size / Math.max(1, chunk.length)))}${tail}`,
  );

/** A text that is now and then (one time in 300) huge. */
export const maybeHuge = fc.oneof({ arbitrary: text, weight: 300 }, { arbitrary: huge, weight: 1 });

/** Any value that JSON or YAML may hold, small. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
  text,
  fc.constantFrom(0, -1, 1.5, 1e300, -0, Number.NaN, Infinity, true, false, null, [], {}),
);

// ---- base64 and PEM ----
const body = (pem: string) => pem.replace(/-----[A-Z0-9 ]+-----|\s/g, '');
const wrap = (s: string, width: number, eol: string) =>
  s.replace(new RegExp(`.{1,${width}}`, 'g'), `$&${eol}`);
const eol = fc.constantFrom('\n', '\r\n', '\n\n', ' \n', ' ', '\t');

/** A PEM seed damaged the ways pasted PEM gets damaged. */
export function pemVariant(pem: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(pem, fc.nat(), fc.integer({ min: 1, max: 120 }), eol, text, fc.nat({ max: 11 }))
    .map(([p, at, width, nl, junk, op]) => {
      const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(p)?.[1] ?? 'CERTIFICATE';
      const b = body(p);
      switch (op) {
        case 0:
          return p;
        case 1:
          return p.slice(0, at % (p.length + 1)); // truncated
        case 2:
          return `-----BEGIN ${label}-----${nl}${wrap(b, width, nl)}-----END ${label}-----${nl}`;
        case 3:
          return `${junk}${p}${junk}\n${p}${junk}`; // junk around and between blocks
        case 4:
          return Buffer.from(b, 'base64').toString('latin1'); // DER
        case 5:
          return Buffer.from(p).toString('base64'); // base64 twice
        case 6:
          return p.replace(`END ${label}`, 'END X509 CRL'); // mismatched labels
        case 7: {
          const i = p.indexOf('\n') + 1 + (at % Math.max(1, b.length));
          return `${p.slice(0, i)}${junk || 'A'}${p.slice(i + 1)}`; // damaged body
        }
        case 8:
          return `-----BEGIN ${label}-----\n`.repeat(1 + (at % 300)) + junk; // never ended
        case 9:
          return p.replace(/\n/g, '\r\n');
        case 10:
          return p.replace(`-----\n`, `-----\nProc-Type: 4,ENCRYPTED\n\n`);
        default:
          return `-----BEGIN ${junk}-----\n${b}\n-----END ${junk}-----\n`;
      }
    });
}

/** The PEM of a certificate, a bundle, a key, or something else entirely. */
export const certPem = fc
  .constantFrom('ca', 'client', 'stray', 'expired', 'ed', 'bundle', 'key')
  .map((k) => {
    const s = seeds();
    if (k === 'bundle') return `${s.client.certPem}${s.ca.certPem}`;
    if (k === 'key') return s.client.keyPem;
    return s[k as 'ca'].certPem;
  });
export const keyPem = fc
  .constantFrom('client', 'stray', 'ed', 'cert')
  .map((k) => (k === 'cert' ? seeds().ca.certPem : seeds()[k as 'client'].keyPem));

/** A `*-data` field: base64 of `content`, damaged, or not base64 at all. */
export function base64Field(content: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(content, fc.nat(), fc.integer({ min: 1, max: 120 }), eol, fc.nat({ max: 8 }), text)
    .map(([c, at, width, nl, op, junk]) => {
      const b = Buffer.from(c, 'latin1').toString('base64');
      switch (op) {
        case 0:
        case 1:
          return b;
        case 2:
          return b.slice(0, at % (b.length + 1));
        case 3:
          return wrap(b, width, nl);
        case 4:
          return Buffer.from(b).toString('base64'); // double
        case 5:
          return Buffer.from(c, 'latin1').toString('base64url');
        case 6:
          return b.replace(/=+$/, '');
        case 7:
          return `${b}${'='.repeat(1 + (at % 3))}`;
        default:
          return junk;
      }
    });
}

// ---- tokens ----
const seconds = fc.oneof(
  fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }),
  fc.constantFrom(0, -1, 1.5, 1e12 * 1.8, 253402300800, 1e300, -1e300, Number.MAX_SAFE_INTEGER),
  fc.double(),
  anyValue,
);
const claims = fc.record(
  {
    iat: seconds,
    nbf: seconds,
    exp: seconds,
    iss: fc.oneof(
      fc.constantFrom('https://kubernetes.default.svc', 'https://issuer.example'),
      anyValue,
    ),
    sub: fc.oneof(fc.constant('system:serviceaccount:ci:deployer'), anyValue),
    aud: fc.oneof(fc.constant(['https://kubernetes.default.svc']), fc.array(anyValue), anyValue),
    'kubernetes.io': fc.oneof(
      fc.record({ namespace: text, serviceaccount: fc.record({ name: text, uid: text }) }),
      anyValue,
    ),
    'kubernetes.io/serviceaccount/namespace': text,
    'kubernetes.io/serviceaccount/service-account.name': text,
    big: maybeHuge,
  },
  { requiredKeys: [] },
);
const segment = fc.oneof(
  fc.base64String({ maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/),
  text,
);
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url');

/** JWTs: signed ones, ones with odd claims or headers, and broken segments. */
export const jwt = fc
  .tuple(
    fc.oneof(fc.record({ alg: fc.constantFrom('RS256', 'none', 'ES256') }), anyValue),
    fc.oneof(claims, anyValue),
    fc.nat({ max: 6 }),
    fc.array(segment, { minLength: 1, maxLength: 6 }),
  )
  .map(([header, payload, op, segments]) => {
    if (op === 0) return makeJwt(Object(payload) as Record<string, unknown>, { alg: 'ES256' });
    const parts = [b64url(header), b64url(payload), segments[0] ?? ''];
    if (op === 1) return parts.join('.');
    if (op === 2) return `${parts.join('.')}==`;
    if (op === 3) return [...parts, ...segments].slice(0, segments.length).join('.');
    if (op === 4) return `eyJ${segments.join('.')}`;
    return segments.join('.');
  });

const eksOptions = fc.record(
  {
    date: fc.date({
      min: new Date(NOW.getTime() - 30 * DAY),
      max: new Date(NOW.getTime() + DAY),
      noInvalidDate: true,
    }),
    region: fc.constantFrom('eu-west-1', 'us-east-1', 'cn-north-1', 'me-south-1'),
    global: fc.boolean(),
    sessionToken: fc.constantFrom('IQoJb3JpZ2luX2VjEXAMPLE/session+token==', 'x'),
    accessKeyId: fc.constantFrom('ASIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', ''),
    expires: fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.string()),
    extraParams: fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 3 }),
    omitSignedHeader: fc.boolean(),
    scopeRegion: fc.constantFrom('eu-west-1', 'us-west-2', ''),
    host: fc.constantFrom('sts.amazonaws.com', 'sts.eu-west-1.amazonaws.com', 'evil.example', ''),
  },
  { requiredKeys: ['date'] },
);

/** Real presigned EKS tokens, with their URL or their encoding mutated. */
export const eksToken = fc
  .tuple(eksOptions, fc.nat({ max: 11 }), fc.nat(), fc.string({ maxLength: 24 }))
  .map(([o, op, at, junk]) => {
    const token = makeEksToken(o);
    const url = Buffer.from(token.slice(11), 'base64url').toString();
    const enc = (u: string) => `k8s-aws-v1.${Buffer.from(u, 'latin1').toString('base64url')}`;
    const cut = (s: string) => at % (s.length + 1);
    switch (op) {
      case 0:
        return token;
      case 1:
        return `${token}=`;
      case 2:
        return token.slice(0, cut(token));
      case 3:
        return enc(url.slice(0, cut(url)));
      case 4:
        return enc(`${url.slice(0, cut(url))}${junk}${url.slice(cut(url))}`);
      case 5:
        return enc(url.replace(/X-Amz-Date=\w+/, `X-Amz-Date=${encodeURIComponent(junk)}`));
      case 6:
        return enc(url.replace(/&/g, ';'));
      case 7:
        return enc(`${url}&Action=GetCallerIdentity&X-Amz-Date=20260230T000000Z`);
      case 8:
        return enc(url.replace(/%/g, '%%'));
      case 9:
        return `k8s-aws-v1.${junk}`;
      case 10:
        return ` ${token}\n`;
      default:
        return `k8s-aws-v1.${Buffer.from(url.repeat(1 + (at % 20))).toString('base64url')}`;
    }
  });

/** Anything a bearer token field may hold. */
export const token = fc.oneof(jwt, eksToken, maybeHuge, special);

// ---- kubeconfigs: seeds, tree mutations, rendering, text damage ----
export const V1 = 'client.authentication.k8s.io/v1';
export const V1BETA1 = 'client.authentication.k8s.io/v1beta1';
/** The gate tests put a plugin of this name on PATH; it prints a file the test writes. */
export const PLUGIN = 'kp-fuzz-plugin';

const name = fc.oneof(
  { arbitrary: fc.constantFrom('prod', 'ci', 'dev', 'a', ''), weight: 6 },
  text,
);
const file = fc.constantFrom(
  'token',
  'missing/file',
  '/dev/null',
  '.',
  'ca.pem',
  'binary',
  '~/x',
  '../x',
);
const or = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 8 }, anyValue);

const cluster = fc.record(
  {
    server: or(
      fc.constantFrom(
        'https://1.2.3.4:6443',
        'https://AB12.gr7.eu-west-1.eks.amazonaws.com',
        'http://localhost',
        '',
      ),
    ),
    'certificate-authority-data': base64Field(pemVariant(certPem)),
    'certificate-authority': file,
    'insecure-skip-tls-verify': or(fc.boolean()),
    'tls-server-name': text,
    'proxy-url': or(fc.constantFrom('http://proxy:3128', 'socks5://x', '')),
  },
  { requiredKeys: [] },
);
const exec = fc.record(
  {
    command: fc.constantFrom(PLUGIN, 'kp-fuzz-missing', './missing/plugin', 'aws', ''),
    apiVersion: or(fc.constantFrom(V1, V1BETA1, 'client.authentication.k8s.io/v1alpha1')),
    args: or(
      fc.array(fc.oneof(fc.constantFrom('--token', '--password=hunter2hunter2', 'eks'), text), {
        maxLength: 4,
      }),
    ),
    env: or(
      fc.array(fc.record({ name: fc.constantFrom('AWS_PROFILE', 'SECRET', ''), value: text }), {
        maxLength: 2,
      }),
    ),
    interactiveMode: or(fc.constantFrom('Never', 'IfAvailable', 'Always')),
    provideClusterInfo: or(fc.boolean()),
    installHint: maybeHuge,
  },
  { requiredKeys: ['command', 'apiVersion'] },
);
const authProvider = fc.record({
  name: or(fc.constantFrom('oidc', 'gcp', 'azure')),
  config: fc.dictionary(
    fc.constantFrom(
      'idp-issuer-url',
      'id-token',
      'client-id',
      'client-secret',
      'refresh-token',
      'idp-certificate-authority-data',
    ),
    fc.oneof(token, base64Field(certPem), fc.constant('https://issuer.example')),
  ),
});
const user = fc.record(
  {
    token,
    tokenFile: file,
    'client-certificate-data': base64Field(pemVariant(certPem)),
    'client-key-data': base64Field(pemVariant(keyPem)),
    'client-certificate': file,
    'client-key': file,
    username: text,
    password: text,
    exec,
    'auth-provider': authProvider,
    as: text,
  },
  { requiredKeys: [] },
);
const context = fc.record({ cluster: name, user: name, namespace: text }, { requiredKeys: [] });
const entries = <T>(key: string, arb: fc.Arbitrary<T>) =>
  fc.array(fc.record({ name, [key]: arb }), { maxLength: 3 });

/** A kubeconfig as an object, mostly well formed. */
export const kubeconfigObject = fc.record(
  {
    apiVersion: or(fc.constant('v1')),
    kind: or(fc.constant('Config')),
    clusters: entries('cluster', cluster),
    users: entries('user', user),
    contexts: entries('context', context),
    'current-context': name,
    preferences: fc.constant({}),
  },
  { requiredKeys: ['clusters', 'users', 'contexts'] },
);

function nest(depth: number, list: boolean): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = list ? [v] : { a: v };
  return v;
}
const deep = fc.tuple(fc.integer({ min: 50, max: 1200 }), fc.boolean()).map(([d, l]) => nest(d, l));
const treeMutation = fc.record({
  op: fc.nat({ max: 6 }),
  at: fc.nat(),
  from: fc.nat(),
  key: text,
  value: fc.oneof({ arbitrary: anyValue, weight: 100 }, huge, deep),
});
type TreeMutation = { op: number; at: number; from: number; key: string; value: unknown };
type Slot = { parent: Record<string | number, unknown>; key: string | number; node: unknown };

function slots(root: { root: unknown }): Slot[] {
  const out: Slot[] = [];
  const walk = (parent: Slot['parent'], key: string | number) => {
    const node = parent[key];
    out.push({ parent, key, node });
    if (node && typeof node === 'object' && out.length < 2000)
      for (const k of Object.keys(node))
        walk(node as Slot['parent'], Array.isArray(node) ? Number(k) : k);
  };
  walk(root as Slot['parent'], 'root');
  return out;
}

function asText(v: unknown): string {
  try {
    return typeof v === 'object' ? (JSON.stringify(v) ?? '') : String(v);
  } catch {
    return String(v); // a cycle (a shared node) or a BigInt
  }
}

/** Wrong types, unknown fields, dropped fields, shared nodes (YAML aliases), duplicated entries. */
export function mutateTree(value: unknown, mutations: readonly TreeMutation[]): unknown {
  const box = { root: structuredClone(value) };
  for (const m of mutations) {
    const all = slots(box);
    const s = all[m.at % all.length] as Slot;
    const node = s.node as Record<string, unknown>;
    if (m.op === 0 || s.key === 'root') s.parent[s.key] = m.value;
    else if (m.op === 1 && Array.isArray(node)) node.push(m.value);
    else if (m.op === 1 && node && typeof node === 'object')
      // An own property even for keys like __proto__, so that the rendered text holds it.
      Object.defineProperty(node, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (m.op === 2 && Array.isArray(s.parent)) s.parent.splice(Number(s.key), 1);
    else if (m.op === 2) delete s.parent[s.key];
    else if (m.op === 3) s.parent[s.key] = (all[m.from % all.length] as Slot).node;
    else if (m.op === 4 && Array.isArray(node) && node.length)
      node.push(node[m.from % node.length]);
    else if (m.op === 5) s.parent[s.key] = null;
    else s.parent[s.key] = asText(node);
  }
  return box.root;
}

const renderOptions = fc.record({
  json: fc.nat({ max: 4 }),
  indent: fc.integer({ min: 1, max: 8 }),
  lineWidth: fc.constantFrom(0, 20, 80),
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
  ) as fc.Arbitrary<'PLAIN'>,
  collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any'>,
});

type RenderOptions = { json: number; indent: number } & Record<string, unknown>;

function scalar(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v))
    return Number.isNaN(v) ? '.nan' : `${v < 0 ? '-' : ''}.inf`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null || v === undefined) return 'null';
  return JSON.stringify(typeof v === 'string' ? v : String(v));
}

/** Block-style YAML with JSON scalars (and JSON below depth 40): 20 times quicker than `yaml`'s. */
function quickYaml(v: unknown, pad: string, depth: number, seen: Set<object>): string {
  if (!v || typeof v !== 'object') return ` ${scalar(v)}`;
  if (seen.has(v)) return ' null';
  if (depth > 40) return ` ${asText(v)}`;
  const key = (k: string) => (/^[A-Za-z][\w.-]*$/.test(k) ? k : JSON.stringify(k));
  const items: [string, unknown][] = Array.isArray(v)
    ? v.map((x) => ['-', x])
    : Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[`${key(k)}:`, x]]));
  if (items.length === 0) return Array.isArray(v) ? ' []' : ' {}';
  seen.add(v);
  const out = items.map(
    ([lead, x]) => `\n${pad}${lead}${quickYaml(x, `${pad}  `, depth + 1, seen)}`,
  );
  seen.delete(v);
  return out.join('');
}

/** As JSON (one time in five), quick block YAML, or (one time in five) `yaml` in one of its styles. */
export function render(value: unknown, opts: RenderOptions): string {
  if (opts.json === 0) {
    try {
      return JSON.stringify(value, null, opts.indent > 4 ? undefined : opts.indent) ?? '';
    } catch {
      // a shared node made a cycle: YAML writes it as a recursive alias
    }
  }
  if (opts.json < 4) return `${quickYaml(value, '', 0, new Set()).replace(/^\s+/, '')}\n`;
  try {
    const yamlOptions: Partial<typeof opts> = { ...opts };
    delete yamlOptions.json;
    return stringify(value, yamlOptions) ?? '';
  } catch {
    return String(value);
  }
}

const textMutation = fc.record({
  // Alias bombs and deep nesting (9, 11) take a parse its whole budget: rarer here, and fuzzed on
  // their own by the kubeconfig tests.
  op: fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13), weight: 60 },
    fc.constantFrom(9, 11),
  ),
  at: fc.nat(),
  n: fc.integer({ min: 1, max: 9 }),
  bytes: fc.uint8Array({ maxLength: 32 }),
  junk: text,
});

type TextMutation = { op: number; at: number; n: number; bytes: Uint8Array; junk: string };

/** `x0: &a0 [lol, …]`, `x1: &a1 [*a0, …]`, …: n levels of nine (the "billion laughs"). */
export function aliasBomb(n: number): string {
  const lines = ['x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < n; i++)
    lines.push(
      `x${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** What happens to a file on its way through a clipboard, an editor or a secret store. */
export function damage(text: string, m: TextMutation): string {
  const { op, at, n, bytes, junk } = m;
  const i = at % (text.length + 1);
  const lines = text.split('\n');
  const l = at % lines.length;
  const insert = (s: string) => `${text.slice(0, i)}${s}${text.slice(i)}`;
  switch (op) {
    case 0:
      return `\uFEFF${text}`;
    case 1:
      return text.replace(/\n/g, '\r\n');
    case 2:
      return text.replace(/^( +)/gm, (s) => '\t'.repeat(Math.ceil(s.length / n)));
    case 3:
      return text.slice(0, i);
    case 4:
      return insert(Buffer.from(bytes).toString('latin1'));
    case 5:
      return insert(Buffer.from(bytes).toString('utf8'));
    case 6:
      return [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n'); // a duplicate key
    case 7:
      return [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
    case 8:
      return insert(junk);
    case 9:
      return `${aliasBomb(n)}${text}\n${['users', 'clusters', 'bomb'][at % 3]}: *a${n - 1}\n`;
    case 10:
      return `${text}\nloop: &l [*l]\nmerge: &m {<<: [*m]}\nref: *nowhere\n`;
    case 11:
      return `${text}\ndeep: ${'['.repeat(n * 120)}${']'.repeat(n * 120)}\n`;
    case 12:
      return `%YAML 1.1\n---\n${text}\n---\n${junk}\n...\n`;
    default:
      return `${text.slice(0, i)}${junk}${text.slice(i + 1)}`;
  }
}

/** Kubeconfig text: mutated seeds, random structures, vocabulary soups, binary junk. */
export const kubeconfigText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        kubeconfigObject,
        fc.array(treeMutation, { maxLength: 3 }),
        renderOptions,
        fc.array(textMutation, { maxLength: 3 }),
      )
      .map(([o, tm, r, xm]) => xm.reduce(damage, render(mutateTree(o, tm), r))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.dictionary(
          fc.constantFrom(
            'apiVersion',
            'kind',
            'clusters',
            'users',
            'contexts',
            'current-context',
            'preferences',
          ),
          anyValue,
        ),
        renderOptions,
      )
      .map(([v, r]) => render(v, r)),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.anything({ maxDepth: 5 }), renderOptions).map(([v, r]) => render(v, r)),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b).toString('latin1')),
  },
  { weight: 1, arbitrary: maybeHuge },
);

/** The `kubeconfig` input: text, or its base64 (wrapped or not). */
export const kubeconfigInput = fc.oneof(
  { weight: 4, arbitrary: kubeconfigText },
  {
    weight: 1,
    arbitrary: base64Field(kubeconfigText.map((t) => Buffer.from(t).toString('latin1'))),
  },
);

/** A YAML or JSON document made from `seed`: mutated, rendered, damaged; or anything at all. */
export function yamlFrom(seed: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          seed,
          fc.array(treeMutation, { maxLength: 2 }),
          renderOptions,
          fc.array(textMutation, { maxLength: 2 }),
        )
        .map(([o, tm, r, xm]) => xm.reduce(damage, render(mutateTree(o, tm), r))),
    },
    { weight: 1, arbitrary: fc.tuple(anyValue, renderOptions).map(([v, r]) => render(v, r)) },
    { weight: 1, arbitrary: maybeHuge },
  );
}

// ---- exec plugin output ----
const timestamp = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    ...[
      '2024-02-30T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '0000-00-00T00:00:00Z',
      '9999-12-31T23:59:60Z',
    ],
    ...['2024-01-01T24:00:00Z', '2024-01-01t00:00:00z', '2024-01-01T00:00:00.1234567891234Z'],
    ...[
      '2024-01-01T00:00:00+99:99',
      '2024-01-01 00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '2024-01-01',
    ],
  ),
  anyValue,
);
const execStatus = fc.record(
  {
    token: or(token),
    clientCertificateData: or(pemVariant(certPem)),
    clientKeyData: or(pemVariant(keyPem)),
    expirationTimestamp: timestamp,
  },
  { requiredKeys: [] },
);
const credential = fc.record(
  {
    apiVersion: or(fc.constantFrom(V1, V1BETA1)),
    kind: or(fc.constant('ExecCredential')),
    status: or(execStatus),
    spec: anyValue,
  },
  { requiredKeys: ['apiVersion', 'kind'] },
);
const AWS_TEXT = [
  (t: string) =>
    `ExecCredential\tclient.authentication.k8s.io/v1beta1\nSTATUS\t2026-11-24T12:10:00Z\t${t}\n`,
  (t: string) => `----\n|  GetToken |\n+---+\n||  token  |  ${t}  ||\n`,
  (t: string) => `apiVersion: ${V1}\nkind: ExecCredential\nstatus:\n  token: ${t}\n`,
];

/** What a plugin prints on stdout: ExecCredentials good and bad, logs, tables, binary junk. */
export const execStdout: fc.Arbitrary<Buffer> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(credential, fc.nat({ max: 4 }))
      .map(([c, i]) => Buffer.from(JSON.stringify(c, null, i))),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat({ max: 2 }), token)
      .map(([i, t]) => Buffer.from((AWS_TEXT[i] as (t: string) => string)(t))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(text, credential)
      .map(([log, c]) => Buffer.from(`${log}\n{${log}\n${JSON.stringify(c)}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 64 })
      .map((b) =>
        Buffer.concat([
          Buffer.from(`{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"`),
          b,
          Buffer.from('"}}'),
        ]),
      ),
  },
);

// ---- the rest of the model: policy files, aws-auth, ARNs, `require`, durations ----
const glob = fc.string({
  unit: fc.constantFrom('*', '?', '/', 'a', 'e', '-', 'cert', 'kubeconfig', '.'),
  maxLength: 40,
});
export const durationText = fc.oneof(
  fc.stringMatching(/^ ?(\d{1,25}(\.\d{1,5})?[smhdwSMHDW]){0,6} ?$/),
  fc.stringMatching(/^\d{1,400}$/),
  text,
);
const policyObject = (ids: readonly string[]) =>
  fc.record(
    {
      version: fc.constantFrom(1, '1', 2),
      defaults: fc.record(
        {
          'min-validity': or(durationText),
          'warn-within': or(durationText),
          'fail-on': or(fc.constantFrom('error', 'warning', 'never')),
        },
        { requiredKeys: [] },
      ),
      checks: fc.dictionary(
        fc.oneof(fc.constantFrom(...ids), glob, maybeHuge),
        or(fc.constantFrom('error', 'warning', 'notice', 'off', false)),
      ),
      suppress: fc.array(
        fc.record(
          {
            check: fc.oneof(fc.constantFrom(...ids), glob, maybeHuge),
            reason: text,
            context: fc.oneof(glob, text),
            until: or(fc.constantFrom('2027-01-01', '2027-02-30', '2026-11-24')),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: [] },
  );
export const policyText = (ids: readonly string[]) => yamlFrom(policyObject(ids));

const ARN_PARTS = {
  partition: ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'awss', ''],
  service: ['iam', 'sts', 's3', ''],
  region: ['', 'eu-west-1'],
  account: ['123456789012', '000000000000', '1', ''],
  resource: [
    'role/deploy',
    'role/a/b/deploy',
    'assumed-role/deploy/session',
    'assumed-role/deploy',
    'user/ci',
    'root',
    'federated-user/x',
    'role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0123',
    '',
  ],
};
/** ARNs put together from plausible and wrong parts, or random text. */
export const arn = fc.oneof(
  fc
    .tuple(
      ...Object.values(ARN_PARTS).map((p) =>
        fc.oneof({ arbitrary: fc.constantFrom(...p), weight: 6 }, text),
      ),
      fc.constantFrom('arn', 'ARN', ''),
      fc.nat({ max: 3 }),
    )
    .map(([partition, service, region, account, resource, prefix, extra]) =>
      [prefix, partition, service, region, account, resource, ...Array(extra).fill('x')].join(':'),
    ),
  maybeHuge,
);
const mapping = fc.record(
  {
    rolearn: or(arn),
    userarn: or(arn),
    username: or(fc.constantFrom('ci', '{{SessionName}}', 'system:node:{{EC2PrivateDNSName}}')),
    groups: or(
      fc.array(fc.oneof(fc.constantFrom('system:masters', 'system:bootstrappers'), text), {
        maxLength: 3,
      }),
    ),
    sso: or(
      fc.record(
        {
          permissionSetName: or(fc.constant('Admin')),
          accountID: or(fc.constant('123456789012')),
          partition: or(fc.constant('aws')),
        },
        { requiredKeys: [] },
      ),
    ),
    userid: text,
    RoleARN: arn,
  },
  { requiredKeys: [] },
);
/** The aws-auth ConfigMap's data: YAML strings of mappings (or not), any of them missing. */
export const awsAuthData = fc.record(
  {
    mapRoles: yamlFrom(fc.array(mapping, { maxLength: 4 })),
    mapUsers: yamlFrom(fc.array(mapping, { maxLength: 4 })),
    mapAccounts: yamlFrom(
      fc.array(fc.oneof(fc.constantFrom('123456789012', '0123'), anyValue), { maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);

const WORDS = [
  'get',
  'create',
  'GET',
  '*',
  'pods',
  'deployments.apps',
  'x.v1.apps',
  'pods/log',
  'a/',
  '-n',
  'prod',
  '-A',
  '-A=maybe',
  '-nprod',
  '-n=prod',
  '--namespace',
  '--namespace=',
  '--all-namespaces=false',
  '--subresource',
  'status',
  '--',
  '-q',
  '-x',
  '--x',
  'kubectl',
  'auth',
  'can-i',
  '#',
  ';',
  '"',
  "'",
  '-',
  '/healthz',
  'pods,services',
  'a'.repeat(70),
];
/** The `require` input: lines of kubectl-ish words and junk. */
export const requirementsText = fc
  .array(
    fc.array(fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 5 }, text), { maxLength: 8 }),
    { maxLength: 6 },
  )
  .chain((lines) =>
    fc.constantFrom('\n', '\r\n', ';', '\r').map((sep) => lines.map((l) => l.join(' ')).join(sep)),
  );
