/** Certificates and keys made once per test file, PEM damaged the ways pasted PEM is, base64. */
import fc from 'fast-check';
import { makeCA, makeCert, type Issued } from '../../helpers/pki.js';
import { DAY, NOW, text } from './misc.js';

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

// ---- PEM and base64 ----
const body = (pem: string) => pem.replace(/-----[A-Z0-9 ]+-----|\s/g, '');
const wrap = (s: string, width: number, eol: string) =>
  s.replace(new RegExp(`.{1,${width}}`, 'g'), `$&${eol}`);
const eol = fc.constantFrom('\n', '\r\n', '\n\n', ' \n', ' ', '\t');

/** `pem`'s blocks intact: rewrapped at any width, LF or CRLF, with a comment line before them. */
export function intactPem(pem: string): fc.Arbitrary<string> {
  const blocks = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[^-]*-----END \1-----/g)];
  return fc
    .tuple(
      fc.integer({ min: 1, max: 120 }),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom('', 'subject=CN = ci', '# pasted from the console'),
    )
    .map(([width, nl, lead]) => {
      const rewrapped = blocks.map(
        ([b, label]) =>
          `-----BEGIN ${label}-----${nl}${wrap(body(b), width, nl)}-----END ${label}-----${nl}`,
      );
      return `${lead ? `${lead}${nl}` : ''}${rewrapped.join('')}`;
    });
}

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
