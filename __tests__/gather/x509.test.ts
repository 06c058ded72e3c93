import { describe, expect, it } from '@jest/globals';
import {
  keyMatchesCertificate,
  parseCertificates,
  parsePrivateKey,
} from '../../src/gather/x509.js';
import { makeCA, makeCert, makeKey, type KeyType } from '../helpers/pki.js';

const ca = makeCA({ cn: 'kubernetes', keyType: 'p256' });

describe('parseCertificates', () => {
  it.each(['rsa', 'p256', 'p384', 'ed25519'] as KeyType[])(
    'reads %s certificates with every fact',
    (keyType) => {
      const notAfter = new Date('2030-01-01T00:00:00Z');
      const c = makeCert({ cn: 'ci', orgs: ['deployers'], issuer: ca, keyType, notAfter });
      const r = parseCertificates(c.certPem);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.certs).toHaveLength(1);
      expect(r.certs[0]).toMatchObject({
        subject: 'O=deployers, CN=ci',
        issuer: 'CN=kubernetes',
        notAfter: '2030-01-01T00:00:00.000Z',
        keyType: keyType === 'rsa' ? 'rsa' : keyType === 'ed25519' ? 'ed25519' : 'ec',
        isCA: false,
        selfSigned: false,
        index: 0,
        commonName: 'ci',
        organizations: ['deployers'],
        fingerprint: c.cert.fingerprint256,
      });
    },
  );

  it('reads every certificate of a bundle, with CRLF and text between blocks', () => {
    const expired = makeCA({
      cn: 'old',
      notBefore: new Date('2019-01-01Z'),
      notAfter: new Date('2020-01-01Z'),
    });
    const third = makeCA({ cn: 'third' });
    const bundle = `# comment\r\n${ca.certPem.replace(/\n/g, '\r\n')}junk between\n${expired.certPem}\n${third.certPem}`;
    const r = parseCertificates(bundle);
    expect(r.ok && r.certs.map((c) => [c.commonName, c.index, c.selfSigned, c.isCA])).toEqual([
      ['kubernetes', 0, true, true],
      ['old', 1, true, true],
      ['third', 2, true, true],
    ]);
  });

  it.each([
    ['', 'empty', /empty/],
    ['hello world', 'not-pem', /no PEM block found/],
    [Buffer.from(ca.certPem).toString('base64'), 'not-pem', /base64-encoded twice/],
    [ca.cert.raw.toString('latin1'), 'not-pem', /DER/],
    [makeCert({ cn: 'k' }).keyPem, 'not-certificate', /PRIVATE KEY block\(s\), not a CERTIFICATE/],
    [ca.certPem.replace(/^(.{40}).*\n/m, '$1\n'), 'not-certificate', /cannot be parsed/],
  ])('explains unusable input %#', (input, problem, detail) => {
    const r = parseCertificates(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    expect(r.detail).toMatch(detail);
  });
});

describe('parsePrivateKey and keyMatchesCertificate', () => {
  it.each(['rsa', 'p256', 'p384', 'ed25519'] as KeyType[])(
    'reads a %s PKCS#8 key that matches its certificate',
    (keyType) => {
      const c = makeCert({ cn: 'ci', keyType });
      const k = parsePrivateKey(c.keyPem);
      expect(k.ok).toBe(true);
      if (!k.ok) return;
      expect(keyMatchesCertificate(c.certPem, k.key)).toBe(true);
    },
  );

  it('reads PKCS#1 RSA and SEC1 EC keys', () => {
    const rsa = makeKey('rsa').privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const ec = makeKey('p256').privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    expect(parsePrivateKey(rsa)).toMatchObject({ ok: true, keyType: 'rsa' });
    expect(parsePrivateKey(ec)).toMatchObject({ ok: true, keyType: 'ec' });
  });

  it('tells a mismatched pair, across key types too', () => {
    const a = makeCert({ cn: 'a', keyType: 'p256' });
    const b = makeCert({ cn: 'b', keyType: 'p256' });
    const r = makeCert({ cn: 'r', keyType: 'rsa' });
    const key = (pem: string) => {
      const k = parsePrivateKey(pem);
      if (!k.ok) throw new Error(k.detail);
      return k.key;
    };
    expect(keyMatchesCertificate(a.certPem, key(b.keyPem))).toBe(false);
    expect(keyMatchesCertificate(a.certPem, key(r.keyPem))).toBe(false);
    expect(keyMatchesCertificate('not a cert', key(a.keyPem))).toBeUndefined();
  });

  it.each([
    ['', 'empty', /empty/],
    ['nope', 'not-pem', /no PEM block/],
    [ca.certPem, 'not-key', /CERTIFICATE block\(s\), not a PRIVATE KEY/],
    [
      makeKey('p256')
        .privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' })
        .toString(),
      'not-key',
      /encrypted/,
    ],
    [
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      'not-key',
      /cannot be parsed/,
    ],
  ])('explains an unusable key %#', (input, problem, detail) => {
    const r = parsePrivateKey(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    expect(r.detail).toMatch(detail);
  });
});
