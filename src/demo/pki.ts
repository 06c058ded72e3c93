/**
 * A PKI with no external tool (the tests' and the demo's): X.509 v3 certificates built from DER by hand, signed with
 * node:crypto, with any validity window (expired, not yet valid) and RSA, ECDSA or Ed25519 keys.
 */
import {
  generateKeyPairSync,
  randomBytes,
  sign,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { isIP } from 'node:net';

export type KeyType = 'rsa' | 'p256' | 'p384' | 'ed25519';

// ---- a minimal DER writer ----
function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, ...content: Buffer[]) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
};
const seq = (...c: Buffer[]) => tlv(0x30, ...c);
const set = (...c: Buffer[]) => tlv(0x31, ...c);
const explicit = (n: number, ...c: Buffer[]) => tlv(0xa0 + n, ...c);
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const octets = (b: Buffer) => tlv(0x04, b);
const bits = (b: Buffer) => tlv(0x03, Buffer.from([0]), b);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
const nul = () => Buffer.from([0x05, 0x00]);
function int(b: Buffer): Buffer {
  const body = b[0] !== undefined && b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b;
  return tlv(0x02, body);
}
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const out = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
function time(d: Date): Buffer {
  const iso = d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'; // YYYYMMDDHHMMSSZ
  const y = d.getUTCFullYear();
  return y >= 1950 && y < 2050 ? tlv(0x17, Buffer.from(iso.slice(2))) : tlv(0x18, Buffer.from(iso));
}

// ---- certificate pieces ----
function name(cn: string, orgs: string[] = []): Buffer {
  const rdn = (type: string, value: string) => set(seq(oid(type), utf8(value)));
  return seq(...orgs.map((o) => rdn('2.5.4.10', o)), rdn('2.5.4.3', cn));
}

function signatureAlgorithm(key: KeyObject): { der: Buffer; hash: string | null } {
  const type = key.asymmetricKeyType;
  if (type === 'rsa') return { der: seq(oid('1.2.840.113549.1.1.11'), nul()), hash: 'sha256' };
  if (type === 'ed25519') return { der: seq(oid('1.3.101.112')), hash: null };
  const p384 = key.asymmetricKeyDetails?.namedCurve === 'secp384r1';
  return {
    der: seq(oid(p384 ? '1.2.840.10045.4.3.3' : '1.2.840.10045.4.3.2')),
    hash: p384 ? 'sha384' : 'sha256',
  };
}

function extensions(o: {
  isCA: boolean;
  sans: string[];
  usage: 'client' | 'server' | 'both' | 'none';
}): Buffer {
  const ext = (id: string, critical: boolean, value: Buffer) =>
    seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
  const list = [ext('2.5.29.19', true, seq(...(o.isCA ? [bool(true)] : [])))];
  // keyUsage: digitalSignature + keyEncipherment, or keyCertSign + cRLSign for a CA.
  list.push(
    ext(
      '2.5.29.15',
      true,
      o.isCA ? tlv(0x03, Buffer.from([1, 0x06])) : tlv(0x03, Buffer.from([5, 0xa0])),
    ),
  );
  const eku = {
    client: ['1.3.6.1.5.5.7.3.2'],
    server: ['1.3.6.1.5.5.7.3.1'],
    both: ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'],
    none: [],
  }[o.usage];
  if (!o.isCA && eku.length) list.push(ext('2.5.29.37', false, seq(...eku.map(oid))));
  if (o.sans.length) {
    const names = o.sans.map((s) => {
      const ip = isIP(s);
      if (ip === 4) return tlv(0x87, Buffer.from(s.split('.').map(Number)));
      return tlv(0x82, Buffer.from(s, 'ascii'));
    });
    list.push(ext('2.5.29.17', false, seq(...names)));
  }
  return explicit(3, seq(...list));
}

export function makeKey(type: KeyType = 'p256'): { privateKey: KeyObject; publicKey: KeyObject } {
  switch (type) {
    case 'rsa':
      return generateKeyPairSync('rsa', { modulusLength: 2048 });
    case 'ed25519':
      return generateKeyPairSync('ed25519');
    default:
      return generateKeyPairSync('ec', {
        namedCurve: type === 'p384' ? 'secp384r1' : 'prime256v1',
      });
  }
}

export interface Issued {
  certPem: string;
  keyPem: string;
  key: KeyObject;
  cert: X509Certificate;
  cn: string;
  /** DER of the subject Name, used as the issuer of what this certificate signs. */
  subjectDer: Buffer;
}

export interface CertOptions {
  cn: string;
  orgs?: string[];
  keyType?: KeyType;
  /** Signs with this CA; self-signed when absent. */
  issuer?: Issued;
  notBefore?: Date;
  notAfter?: Date;
  isCA?: boolean;
  sans?: string[];
  usage?: 'client' | 'server' | 'both' | 'none';
  /** Use this key pair instead of generating one (e.g. to make a mismatching pair). */
  keyPair?: { privateKey: KeyObject; publicKey: KeyObject };
}

const DAY = 86_400_000;

export function makeCert(o: CertOptions): Issued {
  const pair = o.keyPair ?? makeKey(o.keyType);
  const signer = o.issuer?.key ?? pair.privateKey;
  const alg = signatureAlgorithm(signer);
  const notBefore = o.notBefore ?? new Date(Date.now() - DAY);
  const notAfter = o.notAfter ?? new Date(Date.now() + 365 * DAY);
  const subject = name(o.cn, o.orgs);
  const tbs = seq(
    explicit(0, int(Buffer.from([2]))),
    int(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    alg.der,
    o.issuer ? o.issuer.subjectDer : subject,
    seq(time(notBefore), time(notAfter)),
    subject,
    pair.publicKey.export({ type: 'spki', format: 'der' }),
    extensions({
      isCA: o.isCA ?? false,
      sans: o.sans ?? [],
      usage: o.usage ?? (o.isCA ? 'none' : 'client'),
    }),
  );
  const der = seq(tbs, alg.der, bits(sign(alg.hash, tbs, signer)));
  const certPem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  const keyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    certPem,
    keyPem,
    key: pair.privateKey,
    cert: new X509Certificate(certPem),
    cn: o.cn,
    subjectDer: subject,
  };
}

export function makeCA(o: Omit<CertOptions, 'isCA'> = { cn: 'test-ca' }): Issued {
  return makeCert({ ...o, isCA: true });
}

export const b64 = (pem: string): string => Buffer.from(pem).toString('base64');
