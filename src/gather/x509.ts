/** X.509 certificates and private keys with node:crypto (RSA, ECDSA and Ed25519 alike). */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { CertFacts } from '../model/materials.js';

const END_AT = /-----END ([A-Z0-9 ]+)-----/y;

export interface PemBlock {
  type: string;
  text: string;
}

/**
 * Each `-----BEGIN T-----` up to the first `-----END T-----` after it (text between blocks is
 * skipped), in linear time: the lazy regex with a back-reference this replaces rescanned the rest
 * of the text for every BEGIN without an END (20,000 of them in 560 KB took 3 s).
 */
export function pemBlocks(pem: string): PemBlock[] {
  const text = pem.replace(/\r/g, '');
  const ends = new Map<string, number[]>(); // offsets of END markers by type, in order
  for (let at = text.indexOf('-----END '); at >= 0; at = text.indexOf('-----END ', at + 1)) {
    END_AT.lastIndex = at;
    const type = END_AT.exec(text)?.[1];
    if (type === undefined) continue;
    const list = ends.get(type) ?? [];
    ends.set(type, list);
    list.push(at);
  }
  const next = new Map<string, number>(); // per type, the first END not yet behind the scan
  const blocks: PemBlock[] = [];
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/g;
  for (let m = begin.exec(text); m; m = begin.exec(text)) {
    const type = m[1] as string;
    const offsets = ends.get(type) ?? [];
    let i = next.get(type) ?? 0;
    while (i < offsets.length && (offsets[i] as number) < begin.lastIndex) i++;
    next.set(type, i);
    const end = offsets[i];
    if (end === undefined) {
      begin.lastIndex = m.index + 1;
      continue;
    }
    begin.lastIndex = end + `-----END ${type}-----`.length;
    blocks.push({ type, text: text.slice(m.index, begin.lastIndex) });
  }
  return blocks;
}

/** The PEM blocks of a value, or why there are none. */
function readBlocks(
  pem: string,
): { ok: true; blocks: PemBlock[] } | { ok: false; problem: 'empty' | 'not-pem'; detail: string } {
  if (pem.trim() === '') return { ok: false, problem: 'empty', detail: 'the value is empty' };
  const blocks = pemBlocks(pem);
  if (blocks.length > 0) return { ok: true, blocks };
  return {
    ok: false,
    problem: 'not-pem',
    detail: 'no PEM block found (is this DER, or base64-encoded twice?)',
  };
}

function typesOf(blocks: PemBlock[]): string {
  return `${[...new Set(blocks.map((b) => b.type))].join(', ')} block(s)`;
}

function subjectField(subject: string, key: string): string[] {
  return subject
    .split('\n')
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));
}

function describe(cert: X509Certificate, index: number): CertFacts {
  const cn = subjectField(cert.subject, 'CN')[0];
  const orgs = subjectField(cert.subject, 'O');
  let selfSigned: boolean;
  try {
    selfSigned = cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    selfSigned = false;
  }
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    serialNumber: cert.serialNumber,
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    fingerprint: cert.fingerprint256,
    keyType: cert.publicKey.asymmetricKeyType ?? 'unknown',
    isCA: cert.ca,
    selfSigned,
    index,
    ...(cn ? { commonName: cn } : {}),
    ...(orgs.length ? { organizations: orgs } : {}),
  };
}

export type CertParse =
  | { ok: true; certs: CertFacts[] }
  | { ok: false; problem: 'empty' | 'not-pem' | 'not-certificate'; detail: string };

/** Every certificate of a PEM bundle; text between blocks is skipped as Go's pem.Decode does. */
export function parseCertificates(pem: string): CertParse {
  const read = readBlocks(pem);
  if (!read.ok) return read;
  const certBlocks = read.blocks.filter((b) => b.type === 'CERTIFICATE');
  if (certBlocks.length === 0) {
    return {
      ok: false,
      problem: 'not-certificate',
      detail: `contains ${typesOf(read.blocks)}, not a CERTIFICATE`,
    };
  }
  const certs: CertFacts[] = [];
  for (const [i, block] of certBlocks.entries()) {
    try {
      certs.push(describe(new X509Certificate(block.text), i));
    } catch (err) {
      const of = certBlocks.length > 1 ? ` ${i + 1} of ${certBlocks.length}` : '';
      return {
        ok: false,
        problem: 'not-certificate',
        detail: `certificate${of} cannot be parsed (${(err as Error).message}); it may be truncated`,
      };
    }
  }
  return { ok: true, certs };
}

export type KeyParse =
  | { ok: true; keyType: string; key: KeyObject }
  | { ok: false; problem: 'empty' | 'not-pem' | 'not-key'; detail: string };

/** A PKCS#1, PKCS#8 or SEC1 private key. */
export function parsePrivateKey(pem: string): KeyParse {
  const read = readBlocks(pem);
  if (!read.ok) return read;
  const keyBlock = read.blocks.find((b) => b.type.endsWith('PRIVATE KEY'));
  if (!keyBlock) {
    return {
      ok: false,
      problem: 'not-key',
      detail: `contains ${typesOf(read.blocks)}, not a PRIVATE KEY`,
    };
  }
  if (keyBlock.type === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(keyBlock.text)) {
    return {
      ok: false,
      problem: 'not-key',
      detail: 'the private key is encrypted; kubectl cannot use encrypted keys',
    };
  }
  try {
    const key = createPrivateKey({ key: keyBlock.text, format: 'pem' });
    return { ok: true, keyType: key.asymmetricKeyType ?? 'unknown', key };
  } catch (err) {
    return {
      ok: false,
      problem: 'not-key',
      detail: `the private key cannot be parsed (${(err as Error).message})`,
    };
  }
}

/** Whether `key` belongs to the first certificate of `certPem`; undefined when it cannot be told. */
export function keyMatchesCertificate(certPem: string, key: KeyObject): boolean | undefined {
  const first = pemBlocks(certPem).find((b) => b.type === 'CERTIFICATE');
  if (!first) return undefined;
  try {
    return new X509Certificate(first.text).checkPrivateKey(key);
  } catch {
    return undefined;
  }
}

/** Whether a certificate of the `caPem` bundle signed the first certificate of `certPem`. */
export function issuedByBundle(certPem: string, caPem: string): boolean | undefined {
  const first = pemBlocks(certPem).find((b) => b.type === 'CERTIFICATE');
  if (!first) return undefined;
  try {
    const leaf = new X509Certificate(first.text);
    const cas = pemBlocks(caPem)
      .filter((b) => b.type === 'CERTIFICATE')
      .map((b) => new X509Certificate(b.text));
    if (cas.length === 0) return undefined;
    return cas.some((ca) => leaf.checkIssued(ca) && leaf.verify(ca.publicKey));
  } catch {
    return undefined;
  }
}
