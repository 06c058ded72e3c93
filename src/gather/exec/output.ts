/** Reads a plugin's stdout as client-go does: an ExecCredential in the configured apiVersion. */
import type { Origin } from '../../model/kubeconfig.js';
import type { ExecCause, ExecCredentialFacts, Source } from '../../model/materials.js';
import type { SecretSet } from '../secrets.js';
import { describeToken } from '../token.js';
import { keyMatchesCertificate, parseCertificates, parsePrivateKey } from '../x509.js';

export interface Interpreted {
  outcome: 'ok' | 'invalid-output';
  detail?: string;
  cause?: ExecCause;
  credential?: ExecCredentialFacts;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function invalid(detail: string, cause?: ExecCause): Interpreted {
  return { outcome: 'invalid-output', detail, ...(cause ? { cause } : {}) };
}

/** Words that look like credentials: EKS tokens, JWTs, long opaque strings. */
const CREDENTIAL_LIKE = [
  /^k8s-aws-v1\.[\w-]+$/,
  /^[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}$/,
  /^[A-Za-z0-9+/_=-]{32,}$/,
];

/** Non-JSON stdout may still hold a token (AWS text output does): mask what looks like one. */
function maskWords(text: string, secrets: SecretSet): void {
  for (const word of text.split(/[\s|"',:;{}[\]]+/)) {
    if (CREDENTIAL_LIKE.some((re) => re.test(word))) secrets.add(word);
  }
}

/** The AWS CLI's text, table and YAML renderings of an ExecCredential. */
const AWS_RENDERINGS = [
  /^(\S+\t)?ExecCredential(\t\S+)?$/m,
  /^STATUS\t/m,
  /^\|+\s*(apiVersion|kind|expirationTimestamp|token)\s*\|/m,
  /^kind:\s*ExecCredential\s*$/m,
];

function notJson(text: string): Interpreted {
  if (AWS_RENDERINGS.some((re) => re.test(text))) {
    return invalid(
      'decoding stdout: the AWS CLI printed text/table output: set `--output json` in args or AWS_DEFAULT_OUTPUT=json in exec env',
      'aws-text-output',
    );
  }
  const brace = text.indexOf('{');
  if (brace > 0) {
    try {
      JSON.parse(text.slice(brace));
      return invalid(
        `decoding stdout: ${brace} bytes of other text come before the JSON ExecCredential; the plugin must print logs to stderr, not stdout`,
      );
    } catch {
      // not a JSON tail either
    }
  }
  return invalid(
    `decoding stdout: the plugin printed ${Buffer.byteLength(text)} bytes that are not JSON`,
  );
}

/**
 * A `kind` or `apiVersion` value for a message: shown when it reads like one (a short name), else
 * only described, since a broken plugin may print anything there (a token, a whole credential).
 * Never String(v): an object whose `toString` is not a function (`{"toString": ""}`) throws.
 */
function shown(v: unknown): string {
  if (typeof v === 'string')
    return /^[A-Za-z0-9._/-]{0,48}$/.test(v) ? v : `<a string of ${v.length} characters>`;
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? '<a list>' : '<an object>';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Registers whatever in stdout may be a secret, whether or not the plugin succeeded. */
export function registerStdoutSecrets(stdout: Buffer, secrets: SecretSet): void {
  const text = stdout.toString('utf8');
  let status: unknown;
  try {
    status = (JSON.parse(text) as { status?: unknown } | null)?.status;
  } catch {
    status = undefined;
  }
  if (typeof status !== 'object' || status === null || Array.isArray(status)) {
    return maskWords(text, secrets);
  }
  for (const field of ['token', 'clientKeyData']) {
    const value = (status as Record<string, unknown>)[field];
    if (typeof value === 'string') secrets.add(value);
    else if (value !== undefined) maskWords(JSON.stringify(value), secrets);
  }
}

/** The token, certificate and key of an ExecCredential already judged usable (for the live checks). */
export function rawCredential(stdout: Buffer): { token?: string; cert?: string; key?: string } {
  try {
    const status = (JSON.parse(stdout.toString('utf8')) as { status?: Record<string, unknown> })
      .status;
    return {
      ...(str(status?.token) ? { token: str(status?.token) } : {}),
      ...(str(status?.clientCertificateData) ? { cert: str(status?.clientCertificateData) } : {}),
      ...(str(status?.clientKeyData) ? { key: str(status?.clientKeyData) } : {}),
    };
  } catch {
    return {};
  }
}

/** Checks stdout in client-go's order and describes the credential without keeping it. */
export function interpretOutput(
  stdout: Buffer,
  overflow: boolean,
  apiVersion: string,
  origin: Origin,
  secrets: SecretSet,
): Interpreted {
  registerStdoutSecrets(stdout, secrets);
  const text = stdout.toString('utf8');
  if (overflow) {
    return invalid('decoding stdout: the plugin printed more than 1 MiB on stdout');
  }
  if (!text.trim()) return invalid('decoding stdout: the plugin printed nothing on stdout');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return notJson(text);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return invalid(
      `decoding stdout: expected a JSON object, got ${Array.isArray(doc) ? 'an array' : typeof doc}`,
    );
  }
  const cred = doc as Record<string, unknown>;
  const status = cred.status as Record<string, unknown> | undefined | null;
  const isObject = typeof status === 'object' && status !== null && !Array.isArray(status);
  if (cred.kind === undefined) return invalid("decoding stdout: Object 'Kind' is missing");
  if (cred.kind !== 'ExecCredential') {
    return invalid(`decoding stdout: kind is "${shown(cred.kind)}", expected "ExecCredential"`);
  }
  if (cred.apiVersion !== apiVersion) {
    return invalid(
      `exec plugin is configured to use API version ${apiVersion}, plugin returned version ${shown(cred.apiVersion ?? '')}`,
    );
  }
  if (!isObject) return invalid("exec plugin didn't return a status field");
  for (const field of ['token', 'clientCertificateData', 'clientKeyData', 'expirationTimestamp']) {
    const v = status[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return invalid(`decoding stdout: status.${field} must be a string, not ${typeof v}`);
    }
  }
  const token = str(status.token) ?? '';
  const certPem = str(status.clientCertificateData) ?? '';
  const keyPem = str(status.clientKeyData) ?? '';
  const expiry = str(status.expirationTimestamp) ?? '';
  if (expiry && (!RFC3339.test(expiry) || Number.isNaN(Date.parse(expiry)))) {
    return invalid(
      `decoding stdout: status.expirationTimestamp "${expiry}" is not an RFC 3339 time`,
    );
  }
  if (!token && !certPem && !keyPem) {
    return invalid("exec plugin didn't return a token or cert/key pair");
  }
  if (!certPem !== !keyPem)
    return invalid('exec plugin returned only certificate or key, not both');
  return describeCredential(token, certPem, keyPem, expiry, origin, secrets);
}

function describeCredential(
  token: string,
  certPem: string,
  keyPem: string,
  expiry: string,
  origin: Origin,
  secrets: SecretSet,
): Interpreted {
  const credential: ExecCredentialFacts = {};
  if (expiry) credential.expirationTimestamp = new Date(expiry).toISOString();
  if (token) credential.token = describeToken(token, secrets);
  if (!certPem) return { outcome: 'ok', credential };

  const source: Source = { field: 'exec', kind: 'exec', origin };
  const certs = parseCertificates(certPem);
  const key = parsePrivateKey(keyPem);
  credential.clientCert = certs.ok
    ? { ok: true, value: certs.certs, source }
    : { ok: false, problem: certs.problem, detail: certs.detail, source };
  credential.clientKey = key.ok
    ? { ok: true, value: { keyType: key.keyType }, source }
    : { ok: false, problem: key.problem, detail: key.detail, source };
  if (!certs.ok || !key.ok) {
    const why = !certs.ok ? `certificate ${certs.detail}` : `key ${key.ok ? '' : key.detail}`;
    return {
      outcome: 'invalid-output',
      detail: `failed parsing client key/certificate: ${why}`,
      credential,
    };
  }
  const matches = keyMatchesCertificate(certPem, key.key);
  if (matches !== undefined) credential.keyMatchesCert = matches;
  if (matches === false) {
    return {
      outcome: 'invalid-output',
      detail: 'failed parsing client key/certificate: tls: private key does not match public key',
      credential,
    };
  }
  return { outcome: 'ok', credential };
}
