/** Fuzz: what an exec credential plugin prints (ExecCredentials good and bad, text, binary junk). */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  interpretOutput,
  rawCredential,
  registerStdoutSecrets,
} from '../../src/gather/exec/output.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { execStdout, huge, token, V1, V1BETA1 } from './arbitraries.js';
import { fuzz, STACK_TRACE, TIMEOUT } from './budget.js';

const ISO = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const origin = { file: '/home/ci/.kube/config', line: 12 };
const count = (text: string, part: string) => text.split(part).length - 1;

/** The status's own secret fields, when stdout is an ExecCredential-like object. */
function secretFields(text: string): unknown[] {
  try {
    const status = (JSON.parse(text) as { status?: Record<string, unknown> } | null)?.status;
    return [status?.token, status?.clientKeyData];
  } catch {
    return [];
  }
}

function interpret(stdout: Buffer, overflow: boolean, apiVersion: string): void {
  const masked: string[] = [];
  const secrets = new SecretSet((s) => masked.push(s));
  const r = interpretOutput(stdout, overflow, apiVersion, origin, secrets);
  expect(['ok', 'invalid-output']).toContain(r.outcome);
  if (r.outcome === 'invalid-output') {
    expect(typeof r.detail).toBe('string');
    expect(r.detail).not.toMatch(STACK_TRACE);
  }
  if (overflow) expect(r.outcome).toBe('invalid-output');
  const c = r.credential;
  if (c?.expirationTimestamp) expect(c.expirationTimestamp).toMatch(ISO);
  if (c?.token) expect(c.token.malformed ?? '').not.toContain('it could not be decoded');

  const json = JSON.stringify(r);
  const scrubbed = secrets.scrub(json);
  for (const m of masked) expect(scrubbed).not.toContain(m);
  // The facts themselves hold no secret: the token, the key, or what was decoded from them. (Words
  // that merely look like credentials are masked too, and may be echoed, say as the apiVersion.)
  const text = stdout.toString('utf8');
  const fields = secretFields(text);
  for (const m of masked) {
    const secret = fields.includes(m) || !text.includes(m);
    if (secret && m.length >= 12 && count(text, m) <= 1) expect(json).not.toContain(m);
  }
  for (const v of Object.values(rawCredential(stdout))) expect(typeof v).toBe('string');
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
        for (const m of masked) expect(m.trim().length).toBeGreaterThanOrEqual(4);
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
