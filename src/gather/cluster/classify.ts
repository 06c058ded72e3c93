/** Turns a Node network or TLS error into a TransportFailure with a one-sentence, secret-free detail. */
import type { Phase, TlsProblem, TransportFailure, UnreachableReason } from '../../model/live.js';

export interface FailureContext {
  /** The API server as host:port. */
  hostPort: string;
  /** The proxy as host:port, when one is used. */
  proxy?: string;
  /** Milliseconds since the request started. */
  ms: number;
  /** Whether the kubeconfig gave a CA bundle (else Node's default roots were used). */
  caGiven: boolean;
  /** The name the certificate was checked against (tls-server-name or the host). */
  checkedName: string;
}

/** An error this module raises itself: a proxy's answer, or a response that broke a limit. */
export class TransportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly proxyStatus?: number,
  ) {
    super(message);
  }
}

export const took = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;

const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const OTHER_VERIFY = new Set([
  'CERT_REJECTED',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'HOSTNAME_MISMATCH',
]);
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
const NO_ROUTE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);

/** An error's code; an AggregateError (several addresses tried) gives its first error's code. */
export function codeOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; errors?: unknown[] } | undefined;
  if (typeof e?.code === 'string') return e.code;
  return e?.errors?.length ? codeOf(e.errors[0]) : undefined;
}

/** The reason OpenSSL gave ("wrong version number"), never any certificate text. */
function sslReason(err: unknown): string | undefined {
  const m = /error:[0-9A-F]+:[^:]*:[^:]*:([a-z0-9 ,'-]+)/i.exec(String((err as Error)?.message));
  return m?.[1]?.trim();
}

/** A plain-HTTP (or other non-TLS) peer answering a TLS client hello. */
function notTls(code: string | undefined, reason: string | undefined): boolean {
  return (
    code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
    code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
    /wrong version number|packet length too long|record layer failure|http request/.test(
      reason ?? '',
    )
  );
}

const isTlsCode = (code: string | undefined) =>
  !!code && (/^ERR_(SSL|TLS|OSSL)_/.test(code) || code === 'EPROTO');

const PHASE_WORDS: Record<Phase, string> = {
  dns: 'while resolving the name',
  proxy: 'while going through the proxy',
  connect: 'while connecting',
  tls: 'during the TLS handshake',
  response: 'before a complete response',
};

function unreachable(
  reason: UnreachableReason,
  phase: Phase,
  code: string | undefined,
  detail: string,
  proxyStatus?: number,
): TransportFailure {
  return {
    kind: 'unreachable',
    reason,
    phase,
    ...(code ? { code } : {}),
    ...(proxyStatus ? { proxyStatus } : {}),
    detail,
  };
}

export function timeoutFailure(phase: Phase, c: FailureContext, aborted = false): TransportFailure {
  const what: Record<Phase, string> = {
    dns: `resolving the name of ${c.hostPort} did not complete`,
    proxy: `going through the proxy ${c.proxy ?? ''} to ${c.hostPort} did not complete`,
    connect: `the TCP connection to ${c.hostPort} did not complete`,
    tls: `the TLS handshake with ${c.hostPort} did not complete`,
    response: `${c.hostPort} did not send a complete response`,
  };
  const why = aborted
    ? `before the run was cancelled (after ${took(c.ms)})`
    : `within ${took(c.ms)}, when the time budget ran out`;
  return unreachable(
    'timeout',
    phase,
    aborted ? 'ABORT_ERR' : 'ETIMEDOUT',
    `${what[phase]} ${why}.`,
  );
}

function tlsProblem(code: string | undefined): TlsProblem | undefined {
  if (!code) return undefined;
  if (UNTRUSTED.has(code)) return 'untrusted';
  if (EXPIRED.has(code)) return 'server-cert-expired';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'hostname-mismatch';
  if (OTHER_VERIFY.has(code) || isTlsCode(code)) return 'other';
  return undefined;
}

function tlsDetail(problem: TlsProblem, code: string, err: unknown, c: FailureContext): string {
  const cert = `the certificate of ${c.hostPort}`;
  const by = c.caGiven ? 'the kubeconfig CA' : "Node's default root CAs";
  const text: Record<TlsProblem, string> = {
    untrusted: `${cert} is not signed by ${by}`,
    'hostname-mismatch': `${cert} is not valid for the name ${c.checkedName}`,
    'server-cert-expired':
      code === 'CERT_NOT_YET_VALID'
        ? `${cert} is not yet valid (or the runner's clock is behind)`
        : `${cert} has expired (or the runner's clock is ahead)`,
    other: `the TLS handshake with ${c.hostPort} failed${sslReason(err) ? `: ${sslReason(err)}` : ''}`,
  };
  return `${text[problem]} (${code}, after ${took(c.ms)}).`;
}

/** Classifies an error raised while `phase` was in progress. */
export function classify(err: unknown, phase: Phase, c: FailureContext): TransportFailure {
  const code = codeOf(err);
  const after = `after ${took(c.ms)}`;
  const tag = code ? `${code}, ${after}` : after;
  if (err instanceof TransportError && phase !== 'proxy') {
    return unreachable('protocol', phase, code, `${err.message} (${after}).`);
  }
  if (code === 'ETIMEDOUT') return timeoutFailure(phase, c);
  if (phase === 'proxy') {
    const status = err instanceof TransportError ? err.proxyStatus : undefined;
    const what =
      err instanceof TransportError
        ? err.message
        : code && DNS.has(code)
          ? 'its name could not be resolved'
          : code === 'ECONNREFUSED'
            ? 'it refused the connection'
            : code && RESET.has(code)
              ? 'it closed the connection'
              : tlsProblem(code)
                ? `the TLS handshake with it failed${sslReason(err) ? `: ${sslReason(err)}` : ''}`
                : `the connection failed`;
    const to = `the proxy ${c.proxy ?? ''} could not open a connection to ${c.hostPort}`;
    return unreachable('proxy', phase, code, `${to}: ${what} (${tag}).`, status);
  }
  if (code && DNS.has(code)) {
    const host = c.hostPort.replace(/:\d+$/, '');
    return unreachable('dns', 'dns', code, `the name ${host} could not be resolved (${tag}).`);
  }
  if (code === 'ECONNREFUSED') {
    return unreachable('refused', phase, code, `${c.hostPort} refused the connection (${tag}).`);
  }
  if (code && NO_ROUTE.has(code)) {
    return unreachable('no-route', phase, code, `there is no route to ${c.hostPort} (${tag}).`);
  }
  const reason = sslReason(err);
  if (notTls(code, reason) || code?.startsWith('HPE_')) {
    const what =
      phase === 'tls'
        ? `${c.hostPort} did not answer in TLS (${reason ?? 'not TLS'}), as a plain HTTP port would`
        : `${c.hostPort} did not answer in HTTP`;
    return unreachable('protocol', phase, code, `${what} (${tag}).`);
  }
  if ((code && RESET.has(code)) || /socket hang up/.test(String((err as Error)?.message))) {
    const where = PHASE_WORDS[phase];
    return unreachable(
      'reset',
      phase,
      code,
      `${c.hostPort} closed the connection ${where} (${tag}).`,
    );
  }
  const problem = tlsProblem(code);
  if (problem && code) {
    return { kind: 'tls', problem, code, detail: tlsDetail(problem, code, err, c) };
  }
  const what = code
    ? `failed ${PHASE_WORDS[phase]}`
    : `failed ${PHASE_WORDS[phase]} for an unknown reason`;
  return unreachable('reset', phase, code, `the connection to ${c.hostPort} ${what} (${tag}).`);
}
