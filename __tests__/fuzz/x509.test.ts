/** Fuzz: base64 fields, PEM certificates and keys (truncated, rewrapped, DER, base64 twice, junk). */
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeStdBase64 } from '../../src/gather/base64.js';
import {
  issuedByBundle,
  keyMatchesCertificate,
  parseCertificates,
  parsePrivateKey,
} from '../../src/gather/x509.js';
import {
  base64Field,
  certPem,
  huge,
  keyPem,
  maybeHuge,
  pemVariant,
  seeds,
  text,
} from './arbitraries.js';
import { checkMessage, ensure, fuzz, TIMEOUT } from './budget.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** PEM-ish text: damaged seeds, a field's bytes after base64 decoding, or anything. */
const pemText = fc.oneof(
  { weight: 6, arbitrary: pemVariant(fc.oneof(certPem, keyPem)) },
  {
    weight: 2,
    arbitrary: base64Field(pemVariant(fc.oneof(certPem, keyPem))).map((b) => {
      const d = decodeStdBase64(b);
      return d.ok ? d.bytes.toString('latin1') : b;
    }),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('latin1')),
  },
  { weight: 1, arbitrary: maybeHuge },
);

describe('fuzz: base64 and PEM', () => {
  it(
    'decodeStdBase64: bytes, or the offset Go would name',
    () => {
      const input = fc.oneof(base64Field(fc.oneof(certPem, keyPem, text)), maybeHuge);
      fuzz('base64/decodeStdBase64', 2500, input, (s) => {
        const r = decodeStdBase64(s);
        if (r.ok) {
          // Every 4 characters are 3 bytes, less the padding: nothing skipped or invented.
          const body = s.replace(/[\r\n]/g, '');
          const pad = body.length - body.replace(/=/g, '').length;
          ensure(r.bytes.length === (body.length / 4) * 3 - pad, 'bytes lost or invented', s);
        } else
          ensure(/^illegal base64 data at input byte \d+/.test(r.detail), 'a detail', r.detail);
      });
    },
    TIMEOUT,
  );

  it(
    'parseCertificates: certificates with their facts, or why not',
    () => {
      fuzz('x509/parseCertificates', 2500, pemText, (pem) => {
        const r = parseCertificates(pem);
        if (!r.ok) {
          ensure(['empty', 'not-pem', 'not-certificate'].includes(r.problem), 'a problem', r);
          return checkMessage(r.detail);
        }
        ensure(r.certs.length > 0, 'no certificates, yet ok');
        for (const c of r.certs) {
          ensure(ISO.test(c.notBefore) && ISO.test(c.notAfter), 'a validity window', c);
          ensure(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(c.fingerprint), 'a fingerprint', c);
        }
      });
    },
    TIMEOUT,
  );

  it(
    'parsePrivateKey, keyMatchesCertificate, issuedByBundle: a key or why not; never a throw',
    () => {
      const s = seeds();
      const input = fc.tuple(
        pemText,
        pemText,
        fc.constantFrom(s.client.key, s.stray.key, s.ed.key),
      );
      fuzz('x509/parsePrivateKey', 2000, input, ([pem, other, key]) => {
        const r = parsePrivateKey(pem);
        if (r.ok) ensure(typeof r.keyType === 'string', 'a key type', r.keyType);
        else {
          ensure(['empty', 'not-pem', 'not-key'].includes(r.problem), 'a problem', r);
          checkMessage(r.detail);
        }
        const answers = [true, false, undefined];
        ensure(answers.includes(keyMatchesCertificate(pem, r.ok ? r.key : key)), 'a key match');
        ensure(answers.includes(issuedByBundle(pem, other)), 'an issuer answer');
      });
    },
    TIMEOUT,
  );

  it(
    'huge values (up to ~1 MB): linear time',
    () => {
      fuzz('x509/huge', 40, huge, (s) => {
        decodeStdBase64(s);
        parseCertificates(s);
        parsePrivateKey(s);
      });
    },
    TIMEOUT,
  );
});
