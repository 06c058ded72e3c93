/** The test PKI itself: Node and openssl both read what it makes. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makeCA, makeCert, type KeyType } from '../../src/demo/pki.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kp-pki-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['rsa', 'p256', 'p384', 'ed25519'] as KeyType[])(
  'test PKI with %s keys',
  (keyType) => {
    const ca = makeCA({
      cn: `ca-${keyType}`,
      orgs: ['kp'],
      keyType,
      notBefore: new Date('2019-01-01T00:00:00Z'),
    });
    const notBefore = new Date('2020-01-02T03:04:05Z');
    const notAfter = new Date('2051-06-07T08:09:10Z');
    const leaf = makeCert({
      cn: 'ci',
      orgs: ['system:masters', 'ops'],
      issuer: ca,
      keyType,
      notBefore,
      notAfter,
      sans: ['localhost', '127.0.0.1'],
    });

    it('makes certificates Node parses, with the requested fields', () => {
      expect(leaf.cert.subject).toBe('O=system:masters\nO=ops\nCN=ci');
      expect(leaf.cert.issuer).toBe('O=kp\nCN=ca-' + keyType);
      expect(new Date(leaf.cert.validFrom).toISOString()).toBe('2020-01-02T03:04:05.000Z');
      expect(new Date(leaf.cert.validTo).toISOString()).toBe('2051-06-07T08:09:10.000Z');
      expect(leaf.cert.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
      expect(ca.cert.ca).toBe(true);
      expect(leaf.cert.ca).toBe(false);
      expect(leaf.cert.checkIssued(ca.cert)).toBe(true);
      expect(leaf.cert.verify(ca.cert.publicKey)).toBe(true);
      expect(leaf.cert.checkPrivateKey(leaf.key)).toBe(true);
    });

    it('makes certificates openssl verifies against the CA', () => {
      const caFile = path.join(dir, `${keyType}-ca.pem`);
      const leafFile = path.join(dir, `${keyType}-leaf.pem`);
      writeFileSync(caFile, ca.certPem);
      writeFileSync(leafFile, leaf.certPem);
      const dates = execFileSync('openssl', ['x509', '-noout', '-dates', '-in', leafFile], {
        encoding: 'utf8',
      });
      expect(dates).toContain('notAfter=Jun  7 08:09:10 2051 GMT');
      const verify = execFileSync(
        'openssl',
        ['verify', '-CAfile', caFile, '-attime', '1700000000', leafFile],
        { encoding: 'utf8' },
      );
      expect(verify.trim()).toBe(`${leafFile}: OK`);
    });
  },
);
