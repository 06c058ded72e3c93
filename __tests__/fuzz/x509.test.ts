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
  intactPem,
  keyPem,
  maybeHuge,
  pemVariant,
  seeds,
  text,
} from './arbitraries/index.js';
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

const NAMES = ['ca', 'client', 'stray', 'expired', 'ed'] as const;
type Name = (typeof NAMES)[number];
/** The seed that signed each seed certificate (the CA itself; a self-signed leaf is no issuer). */
const ISSUER: Record<Name, Name | undefined> = {
  ca: 'ca',
  client: 'ca',
  stray: undefined,
  expired: 'ca',
  ed: 'ca',
};

/** Seed certificates and keys, intact (rewrapped, CRLF, a comment line), whose answers we know. */
const known = fc
  .record({
    cert: fc.constantFrom(...NAMES),
    key: fc.constantFrom(...NAMES),
    bundle: fc.subarray([...NAMES], { minLength: 1 }),
  })
  .chain((k) => {
    const s = seeds();
    return fc.record({
      names: fc.constant(k),
      certPem: intactPem(s[k.cert].certPem),
      keyPem: intactPem(s[k.key].keyPem),
      bundlePem: intactPem(k.bundle.map((n) => s[n].certPem).join('')),
    });
  });

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
    'parsePrivateKey, keyMatchesCertificate, issuedByBundle: never a throw; intact seeds answered right',
    () => {
      const s = seeds();
      const types = new Set<string | undefined>(NAMES.map((n) => s[n].key.asymmetricKeyType));
      const input = fc.tuple(
        pemText,
        pemText,
        fc.constantFrom(s.client.key, s.stray.key, s.ed.key),
        known,
      );
      fuzz('x509/parsePrivateKey', 2000, input, ([pem, other, key, k]) => {
        const r = parsePrivateKey(pem);
        if (r.ok) ensure(types.has(r.keyType), 'a key type no seed has', r.keyType);
        else {
          ensure(['empty', 'not-pem', 'not-key'].includes(r.problem), 'a problem', r);
          checkMessage(r.detail);
        }
        keyMatchesCertificate(pem, r.ok ? r.key : key); // damaged input: any answer, no throw
        issuedByBundle(pem, other);

        // Intact seeds: the answers are known.
        const { cert, key: keyName, bundle } = k.names;
        const parsed = parsePrivateKey(k.keyPem);
        const keyType = s[keyName].key.asymmetricKeyType;
        ensure(parsed.ok && parsed.keyType === keyType, 'an intact key not read', [k, parsed]);
        const match = keyMatchesCertificate(k.certPem, parsed.ok ? parsed.key : s[keyName].key);
        ensure(match === (cert === keyName), 'a wrong key match', [k.names, match]);
        const issuer = ISSUER[cert];
        const issued = issuedByBundle(k.certPem, k.bundlePem);
        const signed = issuer !== undefined && bundle.includes(issuer);
        ensure(issued === signed, 'a wrong issuer answer', [k.names, issued]);
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
