/**
 * TLS settings as client-go builds them, and what is read after a TLS failure: a second
 * handshake that verifies nothing and sends no client certificate and no HTTP request, to see
 * the chain the server presents and compare it with the CA bundle.
 */
import { X509Certificate } from 'node:crypto';
import {
  checkServerIdentity,
  createSecureContext,
  type SecureContext,
  type DetailedPeerCertificate,
  type PeerCertificate,
  type TLSSocket,
} from 'node:tls';
import type { CertFacts } from '../../model/materials.js';
import { parseCertificates, pemBlocks } from '../x509.js';
import { codeOf } from './classify.js';

export interface Presented {
  presented?: CertFacts[];
  anchoredInKubeconfigCa?: boolean;
  altNames?: string[];
}

const toPem = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .replace(/.{64}/g, '$&\n')
    .replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;

/** Every CERTIFICATE block of a PEM bundle that parses. */
export function bundleCerts(pem: string): X509Certificate[] {
  const out: X509Certificate[] = [];
  for (const block of pemBlocks(pem)) {
    if (block.type !== 'CERTIFICATE') continue;
    try {
      out.push(new X509Certificate(block.text));
    } catch {
      // An unparseable block is reported by the offline checks.
    }
  }
  return out;
}

/** The presented chain, leaf first, following issuerCertificate until it repeats. */
export function peerChain(socket: TLSSocket): Buffer[] {
  const ders: Buffer[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  while (cert?.raw && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    ders.push(cert.raw);
    cert = cert.issuerCertificate;
  }
  return ders;
}

/** The subjectAltName values (DNS names and IPs) without their "DNS:" / "IP Address:" labels. */
export function altNamesOf(san: string | undefined): string[] {
  if (!san) return [];
  return san
    .split(/,\s*/)
    .map((n) => n.replace(/^(DNS|IP Address):/, '').replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

/** Whether the CA bundle anchors the chain: it contains one of its certificates, or issued the top. */
export function anchoredIn(chain: X509Certificate[], caPem: string): boolean {
  const top = chain[chain.length - 1];
  if (!top) return false;
  const prints = new Set(chain.map((c) => c.fingerprint256));
  return bundleCerts(caPem).some((ca) => {
    if (prints.has(ca.fingerprint256)) return true;
    try {
      return top.checkIssued(ca) && top.verify(ca.publicKey);
    } catch {
      return false;
    }
  });
}

/** Describes a presented chain (DER, leaf first). */
export function describeChain(ders: Buffer[], caPem: string | undefined): Presented {
  if (ders.length === 0) return {};
  const parsed = parseCertificates(ders.map(toPem).join(''));
  const certs = ders.map((d) => new X509Certificate(d));
  return {
    ...(parsed.ok ? { presented: parsed.certs } : {}),
    ...(caPem !== undefined ? { anchoredInKubeconfigCa: anchoredIn(certs, caPem) } : {}),
    altNames: altNamesOf(certs[0]?.subjectAltName),
  };
}

/**
 * Go's hostname check (crypto/x509 VerifyHostname): like Node's, but a certificate without
 * subjectAltName is never valid, as Go ignores the legacy Common Name.
 */
export function goCheckServerIdentity(host: string, cert: PeerCertificate): Error | undefined {
  if (!cert.subjectaltname) {
    return Object.assign(
      new Error(
        `Hostname/IP does not match certificate's altnames: the certificate has no subjectAltName (Go ignores the Common Name)`,
      ),
      { code: 'ERR_TLS_CERT_ALTNAME_INVALID', host },
    );
  }
  return checkServerIdentity(host, cert);
}

/**
 * Waits for the handshake of a TLS socket that verifies nothing, reads the chain and closes it.
 * `signal` bounds the time; any failure leaves the facts empty.
 */
export function readPresentedChain(
  tls: TLSSocket,
  caPem: string | undefined,
  signal: AbortSignal,
): Promise<Presented> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (facts: Presented) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', abort);
      tls.destroy();
      resolve(facts);
    };
    const abort = () => finish({});
    tls.once('secureConnect', () => {
      try {
        finish(describeChain(peerChain(tls), caPem));
      } catch {
        finish({});
      }
    });
    tls.once('error', () => finish({}));
    tls.once('close', () => finish({}));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/** The TLS context, or why the settings cannot be used at all (then nothing is sent). */
export function secureContextOf(o: {
  ca?: string;
  insecure?: boolean;
  cert?: string;
  key?: string;
}): SecureContext | string {
  if (o.insecure && o.ca !== undefined) {
    return 'client-go refuses insecure-skip-tls-verify together with a CA bundle';
  }
  if (o.ca !== undefined && bundleCerts(o.ca).length === 0) {
    return 'the CA bundle contains no certificate that can be parsed';
  }
  try {
    return createSecureContext({
      ...(o.ca !== undefined ? { ca: o.ca } : {}),
      ...(o.cert && o.key ? { cert: o.cert, key: o.key } : {}),
    });
  } catch (err) {
    const code = codeOf(err) ?? 'no code';
    return code === 'ERR_OSSL_X509_KEY_VALUES_MISMATCH'
      ? `the client key does not belong to the client certificate (${code})`
      : `the client certificate or key cannot be loaded into TLS (${code})`;
  }
}
