/** Fuzz: what an exec credential plugin prints (ExecCredentials good and bad, text, binary junk). */
import { describe, it } from '@jest/globals';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  interpretOutput,
  rawCredential,
  registerStdoutSecrets,
} from '../../src/gather/exec/output.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { execStdout, huge, token, V1, V1BETA1 } from './arbitraries/index.js';
import { checkMessage, ensure, fuzz, holdsSecret, TIMEOUT } from './budget.js';

const ISO = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const origin = { file: '/home/ci/.kube/config', line: 12 };
const count = (text: string, part: string) => text.split(part).length - 1;

/** stdout's `status`, when stdout is JSON (of any kind). */
function statusOf(text: string): Record<string, unknown> | undefined {
  try {
    return (JSON.parse(text) as { status?: Record<string, unknown> } | null)?.status ?? undefined;
  } catch {
    return undefined;
  }
}

/** The status's own secret fields, when stdout is an ExecCredential-like object. */
function secretFields(text: string): unknown[] {
  const status = statusOf(text);
  return status ? [status.token, status.clientKeyData] : [];
}

/** What rawCredential must return: the status's non-empty string fields, nothing else. */
function rawOf(text: string): Record<string, string> {
  const status = statusOf(text);
  const out: Record<string, string> = {};
  for (const [k, field] of [
    ['token', 'token'],
    ['cert', 'clientCertificateData'],
    ['key', 'clientKeyData'],
  ] as const) {
    const v = status?.[field];
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out;
}

function interpret(stdout: Buffer, overflow: boolean, apiVersion: string): void {
  const masked: string[] = [];
  const secrets = new SecretSet((s) => masked.push(s));
  const r = interpretOutput(stdout, overflow, apiVersion, origin, secrets);
  ensure(['ok', 'invalid-output'].includes(r.outcome), 'an outcome', r);
  if (r.outcome === 'invalid-output') checkMessage(r.detail);
  ensure(!overflow || r.outcome === 'invalid-output', 'more than 1 MiB accepted');
  const c = r.credential;
  ensure(!c?.expirationTimestamp || ISO.test(c.expirationTimestamp), 'an expiry', c);
  const malformed = c?.token?.malformed ?? '';
  ensure(!malformed.includes('it could not be decoded'), 'a token decoder threw', malformed);

  const json = JSON.stringify(r);
  const scrubbed = secrets.scrub(json);
  ensure(!masked.some((m) => scrubbed.includes(m)), 'a secret survived scrubbing', r);
  // The facts themselves hold no secret: the token, the key, or what was decoded from them. (Words
  // that merely look like credentials are masked too, and may be echoed, say as the apiVersion.)
  const text = stdout.toString('utf8');
  const fields = secretFields(text);
  const secret = (m: string) => (fields.includes(m) || !text.includes(m)) && count(text, m) <= 1;
  const leaked = holdsSecret(r, masked.filter(secret));
  ensure(leaked.length === 0, 'a secret in the facts', leaked);
  const raw = rawCredential(stdout);
  ensure(isDeepStrictEqual(raw, rawOf(text)), 'a raw credential', Object.keys(raw));
}

describe('fuzz: exec plugin output', () => {
  it(
    'interpretOutput: a described credential or the reason client-go would give',
    () => {
      const input = fc.tuple(
        execStdout,
        fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, fc.constant(true)),
        fc.constantFrom(V1, V1BETA1),
      );
      fuzz('exec/interpretOutput', 2500, input, ([out, overflow, v]) =>
        interpret(out, overflow, v),
      );
    },
    TIMEOUT,
  );

  it(
    'registerStdoutSecrets: masks what looks like a credential, whatever stdout holds',
    () => {
      const input = fc.oneof(
        execStdout,
        token.map((t) => Buffer.from(`token: ${t}\n${t}`)),
      );
      fuzz('exec/registerStdoutSecrets', 1000, input, (out) => {
        const masked: string[] = [];
        registerStdoutSecrets(out, new SecretSet((s) => masked.push(s)));
        ensure(
          masked.every((m) => m.trim().length >= 4),
          'a blank mask',
          masked,
        );
      });
    },
    TIMEOUT,
  );

  it(
    'huge stdout (up to ~1 MB): linear time',
    () => {
      const input = fc
        .tuple(huge, fc.nat({ max: 2 }))
        .map(([h, i]) =>
          Buffer.from(
            [
              h,
              JSON.stringify({ apiVersion: V1, kind: 'ExecCredential', status: { token: h } }),
              `{${h}`,
            ][i] as string,
          ),
        );
      fuzz('exec/huge', 40, input, (out) => interpret(out, false, V1));
    },
    TIMEOUT,
  );
});
