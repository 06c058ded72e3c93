/**
 * Opens the byte stream to the API server: a TCP connection, or a tunnel through an HTTP(S)
 * CONNECT or SOCKS5 proxy. TLS to the server itself is the caller's.
 */
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import type { Phase } from '../../model/live.js';
import { joinHostPort, netLookup, type Lookup } from './address.js';
import { TransportError } from './classify.js';
import type { ProxyChoice } from './proxy.js';

export interface DialContext {
  lookup: Lookup;
  proxy?: ProxyChoice;
  /** TLS options for an https proxy: Go dials it with the cluster's own TLS config. */
  proxyTls?: ConnectionOptions;
  /** Aborted at the deadline, on cancellation and on close(). */
  signal: AbortSignal;
  /** Registers a socket so close() can destroy it. */
  track(socket: Socket | TLSSocket): void;
}

/** 'tunnel' ends at the server (CONNECT or SOCKS5); 'forward' ends at an HTTP proxy. */
export type DialMode = 'tunnel' | 'forward';

/** TLS over an open stream; errors of the stream underneath end the TLS socket too. */
export function startTls(
  raw: Socket,
  options: ConnectionOptions,
  track: DialContext['track'],
): TLSSocket {
  const socket = tlsConnect({ ...options, socket: raw });
  track(socket);
  raw.on('error', (err) => socket.destroy(err));
  return socket;
}

const abortError = () => Object.assign(new Error('aborted'), { code: 'ABORT_ERR' });

/** Settles when `socket` emits `event`, fails on error, close or abort. */
function until(socket: Socket, event: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      socket.off(event, ok).off('error', done).off('close', closed);
      signal.removeEventListener('abort', aborted);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    const closed = () => done(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const aborted = () => {
      done(abortError());
      socket.destroy();
    };
    if (signal.aborted) return aborted();
    socket.once(event, ok).once('error', done).once('close', closed);
    signal.addEventListener('abort', aborted, { once: true });
  });
}

/** Reads exact byte counts or a header block from a socket, then hands the rest back. */
class Reader {
  private buf = Buffer.alloc(0);
  private readonly onData = (chunk: Buffer) => {
    this.buf = Buffer.concat([this.buf, chunk]);
  };
  constructor(
    private readonly socket: Socket,
    private readonly signal: AbortSignal,
  ) {
    socket.on('data', this.onData);
  }
  private async take(enough: () => number | undefined): Promise<Buffer> {
    for (let n = enough(); ; n = enough()) {
      if (n !== undefined) {
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        return out;
      }
      if (this.buf.length > 16384) throw new TransportError('EPROTO', 'its answer is too long');
      await until(this.socket, 'data', this.signal); // onData, added first, has kept the chunk
    }
  }
  bytes(n: number): Promise<Buffer> {
    return this.take(() => (this.buf.length >= n ? n : undefined));
  }
  headerBlock(): Promise<Buffer> {
    return this.take(() => {
      const end = this.buf.indexOf('\r\n\r\n');
      return end < 0 ? undefined : end + 4;
    });
  }
  /** Stops reading; bytes already past the handshake go back to the stream. */
  release(): void {
    this.socket.off('data', this.onData).pause();
    if (this.buf.length) this.socket.unshift(this.buf);
  }
}

async function tcp(ctx: DialContext, host: string, port: number): Promise<Socket> {
  const socket = netConnect({ host, port, lookup: netLookup(ctx.lookup) });
  ctx.track(socket);
  await until(socket, 'connect', ctx.signal);
  return socket;
}

/** HTTP CONNECT through an already open proxy connection. */
async function httpConnect(ctx: DialContext, socket: Socket, p: ProxyChoice, target: string) {
  const auth =
    p.username !== undefined
      ? `Proxy-Authorization: Basic ${Buffer.from(`${p.username}:${p.password ?? ''}`).toString('base64')}\r\n`
      : '';
  socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n${auth}\r\n`);
  const reader = new Reader(socket, ctx.signal);
  const head = (await reader.headerBlock()).toString('latin1');
  reader.release();
  const m = /^HTTP\/1\.[01] (\d{3})[^\r\n]*/.exec(head);
  if (!m) throw new TransportError('EPROTO', 'it did not answer CONNECT in HTTP');
  const status = Number(m[1]);
  if (status < 200 || status > 299) {
    const line = m[0].slice(9, 80).replace(/[^\x20-\x7e]/g, '');
    throw new TransportError('PROXY_STATUS', `it answered CONNECT with ${line}`, status);
  }
}

const SOCKS_REPLIES = [
  'succeeded',
  'general SOCKS server failure',
  'connection not allowed by ruleset',
  'network unreachable',
  'host unreachable',
  'connection refused',
  'TTL expired',
  'command not supported',
  'address type not supported',
];

/** 16 bytes of an IPv6 literal. */
function ipv6Bytes(ip: string): Buffer {
  const [head = '', tail = ''] = ip.replace(/%.*$/, '').split('::');
  const groups = (s: string) =>
    s ? s.split(':').flatMap((g) => (g.includes('.') ? v4Groups(g) : [parseInt(g, 16)])) : [];
  const v4Groups = (g: string) => {
    const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number);
    return [(a << 8) | b, (c << 8) | d];
  };
  const h = groups(head);
  const t = groups(tail);
  const all = ip.includes('::')
    ? [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t]
    : h;
  return Buffer.from(all.flatMap((g) => [g >> 8, g & 0xff]));
}

/** SOCKS5 CONNECT (RFC 1928), with username/password (RFC 1929) when the URL has them. */
async function socks5(
  ctx: DialContext,
  socket: Socket,
  p: ProxyChoice,
  host: string,
  port: number,
) {
  const reader = new Reader(socket, ctx.signal);
  const fail = (what: string) => new TransportError('SOCKS_FAILURE', what);
  const withAuth = p.username !== undefined;
  socket.write(Buffer.from(withAuth ? [5, 2, 0, 2] : [5, 1, 0]));
  const [ver, method] = await reader.bytes(2);
  if (ver !== 5) throw fail('it does not speak SOCKS5');
  if (method === 2 && withAuth) {
    const user = Buffer.from(p.username ?? '');
    const pass = Buffer.from(p.password ?? '');
    socket.write(
      Buffer.concat([Buffer.from([1, user.length]), user, Buffer.from([pass.length]), pass]),
    );
    const [, status] = await reader.bytes(2);
    if (status !== 0) throw fail('it rejected the username and password');
  } else if (method !== 0) {
    throw fail(withAuth ? 'it accepts none of our methods' : 'it requires a username and password');
  }
  const family = isIP(host);
  const addr =
    family === 4
      ? Buffer.from([1, ...host.split('.').map(Number)])
      : family === 6
        ? Buffer.concat([Buffer.from([4]), ipv6Bytes(host)])
        : Buffer.concat([Buffer.from([3, Buffer.byteLength(host)]), Buffer.from(host)]);
  socket.write(
    Buffer.concat([Buffer.from([5, 1, 0]), addr, Buffer.from([port >> 8, port & 0xff])]),
  );
  const [, rep = 1, , atyp] = await reader.bytes(4);
  if (rep !== 0) throw fail(`it answered: ${SOCKS_REPLIES[rep] ?? `reply ${rep}`}`);
  const len = atyp === 1 ? 4 : atyp === 4 ? 16 : ((await reader.bytes(1))[0] ?? 0);
  await reader.bytes(len + 2);
  reader.release();
}

/**
 * A connected stream to host:port (or, in 'forward' mode, to the HTTP proxy). `onPhase` hears
 * 'proxy' while a proxy is involved and `next` ('tls' or 'response') once the stream is ready.
 */
export async function dial(
  ctx: DialContext,
  host: string,
  port: number,
  mode: DialMode,
  next: Phase,
  onPhase: (phase: Phase) => void,
): Promise<Socket> {
  const p = ctx.proxy;
  if (!p) {
    onPhase('connect');
    const socket = await tcp(ctx, host, port);
    onPhase(next);
    return socket;
  }
  onPhase('proxy');
  let socket: Socket = await tcp(ctx, p.host, p.port);
  try {
    if (p.scheme === 'https') {
      const secure = startTls(socket, ctx.proxyTls ?? {}, ctx.track);
      socket = secure;
      await until(secure, 'secureConnect', ctx.signal);
    }
    if (p.scheme === 'socks5') await socks5(ctx, socket, p, host, port);
    else if (mode === 'tunnel') await httpConnect(ctx, socket, p, joinHostPort(host, port));
  } catch (err) {
    socket.destroy();
    throw err;
  }
  onPhase(next);
  return socket;
}
