/** Loads a target's CA, client certificate, key and tokens from inline data or files. */
import type { TargetFacts } from '../model/facts.js';
import type { Entry, KubeCluster, KubeUser } from '../model/kubeconfig.js';
import type { CertFacts, KeyFacts, Loaded, Source, TokenFacts } from '../model/materials.js';
import { decodeStdBase64 } from './base64.js';
import { readMaterialFile, resolveAgainst } from './files.js';
import type { SecretSet } from './secrets.js';
import { describeToken, normalizeFileToken } from './token.js';
import type { WireMaterial } from './wire.js';
import { keyMatchesCertificate, parseCertificates, parsePrivateKey } from './x509.js';

const PLACEHOLDERS = new Set(['REDACTED', 'DATA+OMITTED']);

type Raw = { ok: true; text: string; source: Source } | Extract<Loaded<never>, { ok: false }>;

function fieldSource(
  entry: Entry<unknown>,
  field: string,
  kind: Source['kind'],
  path?: string,
): Source {
  const line = entry.fieldLines[field] ?? entry.origin.line;
  return {
    field,
    kind,
    ...(path ? { path } : {}),
    origin: { file: entry.origin.file, ...(line ? { line } : {}) },
  };
}

/** Reads `<field>-data` (base64) or `<field>` (a file), data first as client-go does. */
async function readRaw(
  entry: Entry<unknown>,
  values: Record<string, unknown>,
  dataField: string,
  fileField: string,
  dir: string,
  secret: (text: string) => void,
): Promise<Raw | undefined> {
  const data = values[dataField];
  if (typeof data === 'string' && data !== '') {
    const source = fieldSource(entry, dataField, 'data');
    if (PLACEHOLDERS.has(data.trim()))
      return {
        ok: false,
        problem: 'redacted',
        detail: `is the placeholder "${data.trim()}"`,
        source,
      };
    const decoded = decodeStdBase64(data);
    if (!decoded.ok) return { ok: false, problem: 'bad-base64', detail: decoded.detail, source };
    const text = decoded.bytes.toString('latin1');
    secret(text);
    return { ok: true, text, source };
  }
  const file = values[fileField];
  if (typeof file === 'string' && file !== '') {
    const abs = resolveAgainst(dir, file);
    const source = fieldSource(entry, fileField, 'file', abs);
    const read = await readMaterialFile(abs);
    if (!read.ok)
      return { ok: false, problem: 'unreadable', detail: `${abs} ${read.detail}`, source };
    const text = read.bytes.toString('latin1');
    secret(text);
    return { ok: true, text, source };
  }
  return undefined;
}

function isDoubleBase64(text: string): boolean {
  const t = text.trim();
  return (
    /^[A-Za-z0-9+/=\r\n]+$/.test(t) &&
    Buffer.from(t, 'base64').toString('latin1').includes('-----BEGIN')
  );
}

function looksLikeDer(text: string): boolean {
  return text.charCodeAt(0) === 0x30 && !text.includes('-----BEGIN');
}

function certs(raw: Raw | undefined): Loaded<CertFacts[]> | undefined {
  if (!raw || !raw.ok) return raw;
  const parsed = parseCertificates(raw.text);
  if (parsed.ok) return { ok: true, value: parsed.certs, source: raw.source };
  return {
    ok: false,
    problem: parsed.problem,
    detail: hint(raw.text, parsed.detail),
    source: raw.source,
  };
}

function hint(text: string, detail: string): string {
  if (isDoubleBase64(text))
    return `${detail}; the value is base64-encoded twice (decode it once more)`;
  if (looksLikeDer(text))
    return `${detail}; it looks like DER: convert it with \`openssl x509 -inform der -outform pem\``;
  return detail;
}

async function loadCluster(
  t: TargetFacts,
  cluster: Entry<KubeCluster>,
  dir: string,
  wire: WireMaterial,
) {
  const values = cluster.value as Record<string, unknown>;
  const raw = await readRaw(
    cluster,
    values,
    'certificate-authority-data',
    'certificate-authority',
    dir,
    () => {},
  );
  if (raw?.ok) wire.ca = raw.text;
  t.ca = certs(raw);
}

async function loadUser(
  t: TargetFacts,
  user: Entry<KubeUser>,
  dir: string,
  secrets: SecretSet,
  wire: WireMaterial,
) {
  const values = user.value as Record<string, unknown>;
  const certRaw = await readRaw(
    user,
    values,
    'client-certificate-data',
    'client-certificate',
    dir,
    () => {},
  );
  const keyRaw = await readRaw(user, values, 'client-key-data', 'client-key', dir, secrets.add);
  t.clientCert = certs(certRaw);
  if (certRaw?.ok) wire.clientCert = certRaw.text;
  if (keyRaw?.ok) wire.clientKey = keyRaw.text;
  if (keyRaw && keyRaw.ok) {
    const key = parsePrivateKey(keyRaw.text);
    t.clientKey = key.ok
      ? { ok: true, value: { keyType: key.keyType } satisfies KeyFacts, source: keyRaw.source }
      : {
          ok: false,
          problem: key.problem,
          detail: hint(keyRaw.text, key.detail),
          source: keyRaw.source,
        };
    if (key.ok && certRaw?.ok && t.clientCert?.ok)
      t.keyMatchesCert = keyMatchesCertificate(certRaw.text, key.key);
  } else if (keyRaw) {
    t.clientKey = keyRaw;
  }
  if (typeof user.value.token === 'string' && user.value.token !== '') {
    const source = fieldSource(user, 'token', 'data');
    if (!PLACEHOLDERS.has(user.value.token.trim())) wire.token = user.value.token;
    t.token = PLACEHOLDERS.has(user.value.token.trim())
      ? {
          ok: false,
          problem: 'redacted',
          detail: `is the placeholder "${user.value.token.trim()}"`,
          source,
        }
      : { ok: true, value: describeToken(user.value.token, secrets), source };
  }
  if (typeof user.value.tokenFile === 'string' && user.value.tokenFile !== '') {
    const abs = resolveAgainst(dir, user.value.tokenFile);
    const source = fieldSource(user, 'tokenFile', 'file', abs);
    const read = await readMaterialFile(abs);
    t.tokenFile = read.ok
      ? tokenFromFile(read.bytes.toString('utf8'), source, secrets)
      : { ok: false, problem: 'unreadable', detail: `${abs} ${read.detail}`, source };
    if (read.ok && t.tokenFile.ok) wire.tokenFile = normalizeFileToken(read.bytes.toString('utf8'));
  }
}

function tokenFromFile(text: string, source: Source, secrets: SecretSet): Loaded<TokenFacts> {
  secrets.add(text);
  const token = normalizeFileToken(text);
  if (token === '')
    return { ok: false, problem: 'empty', detail: `${source.path} is empty`, source };
  return { ok: true, value: describeToken(token, secrets), source };
}

/** Fills the target's material facts (and the raw material into `wire`); never throws. */
export async function loadMaterials(
  t: TargetFacts,
  dirOf: (file: string) => string,
  secrets: SecretSet,
  wire: WireMaterial = {},
): Promise<void> {
  const jobs: Promise<void>[] = [];
  if (t.cluster) jobs.push(loadCluster(t, t.cluster, dirOf(t.cluster.origin.file), wire));
  if (t.user) jobs.push(loadUser(t, t.user, dirOf(t.user.origin.file), secrets, wire));
  await Promise.all(jobs);
}
