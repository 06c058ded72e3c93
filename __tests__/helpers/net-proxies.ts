/**
 * Proxies on loopback for transport tests: HTTP CONNECT (plain or TLS) and SOCKS5. Targets are
 * mapped to 127.0.0.1 by the test; the proxies never resolve a name either.
 */
import * as http from 'node:http';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { start, type Running, type TlsPair } from './net-faults.js';

/** Forwards bytes both ways until either side closes. */
export function splice(a: net.Socket, b: net.Socket): void {
  a.pipe(b).pipe(a);
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.once('close', () => b.destroy());
  b.once('close', () => a.destroy());
}

/** Target host → 127.0.0.1 mapping; only IP literals and localhost pass unmapped (no DNS). */
type MapHost = (host: string) => string | undefined;
const resolveTarget = (host: string, map?: MapHost) =>
  map?.(host) ?? (net.isIP(host) ? host : host === 'localhost' ? '127.0.0.1' : undefined);

export interface ProxyLog {
  /** CONNECT targets (host:port) or forwarded absolute URLs. */
  targets: string[];
  /** Proxy-Authorization headers received. */
  auth: (string | undefined)[];
}

/** An HTTP proxy: CONNECT tunnels, absolute-form requests forwarded, or a fixed `status`. */
export async function connectProxy(
  o: { status?: number; mapHost?: MapHost; tls?: TlsPair } = {},
): Promise<Running & ProxyLog> {
  const log: ProxyLog = { targets: [], auth: [] };
  const onSocket = (s: net.Socket) => {
    let buf = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      s.off('data', onData);
      const head = buf.subarray(0, end).toString('latin1');
      const [method = '', target = ''] = head.split(' ');
      log.targets.push(target);
      log.auth.push(/\r\nproxy-authorization: ([^\r]*)/i.exec(head)?.[1]);
      const reply = (code: number) =>
        s.end(`HTTP/1.1 ${code} ${http.STATUS_CODES[code]}\r\nContent-Length: 0\r\n\r\n`);
      if (o.status) return reply(o.status);
      const url = method === 'CONNECT' ? new URL(`http://${target}`) : new URL(target);
      const host = resolveTarget(url.hostname.replace(/^\[|\]$/g, ''), o.mapHost);
      if (!host) return reply(502);
      const upstream = net.connect(Number(url.port || 80), host);
      upstream.once('error', () => reply(502));
      upstream.once('connect', () => {
        if (method === 'CONNECT') s.write('HTTP/1.1 200 Connection established\r\n\r\n');
        else upstream.write(buf.toString('latin1').replace(target, url.pathname + url.search));
        const rest = method === 'CONNECT' ? buf.subarray(end + 4) : Buffer.alloc(0);
        if (rest.length) upstream.write(rest);
        splice(s, upstream);
      });
    };
    s.on('data', onData);
  };
  const server = o.tls
    ? tls.createServer({ cert: o.tls.cert, key: o.tls.key }, onSocket)
    : net.createServer(onSocket);
  return { ...(await start(server, o.tls ? 'https' : 'http')), ...log };
}

/** Reads exactly n bytes (paused mode), or rejects when the socket closes first. */
const readExactly = (s: net.Socket, n: number) =>
  new Promise<Buffer>((resolve, reject) => {
    const attempt = () => {
      const b = n === 0 ? Buffer.alloc(0) : (s.read(n) as Buffer | null);
      if (!b) return;
      s.off('readable', attempt).off('close', reject);
      resolve(b);
    };
    s.on('readable', attempt).once('close', reject);
    attempt();
  });

/** A SOCKS5 proxy (RFC 1928), with username/password (RFC 1929) when `user` is given. */
export async function socks5Proxy(
  o: { user?: { name: string; pass: string }; mapHost?: MapHost } = {},
): Promise<Running & { targets: string[] }> {
  const targets: string[] = [];
  const session = async (s: net.Socket) => {
    const read = (n: number) => readExactly(s, n);
    const [, count = 0] = await read(2);
    const want = o.user ? 2 : 0;
    if (![...(await read(count))].includes(want)) return void s.end(Buffer.from([5, 0xff]));
    s.write(Buffer.from([5, want]));
    if (o.user) {
      const name = (await read((await read(2))[1] ?? 0)).toString();
      const pass = (await read((await read(1))[0] ?? 0)).toString();
      const ok = name === o.user.name && pass === o.user.pass;
      s.write(Buffer.from([1, ok ? 0 : 1]));
      if (!ok) return void s.end();
    }
    const [, , , atyp] = await read(4);
    const raw = await read(atyp === 1 ? 4 : atyp === 4 ? 16 : ((await read(1))[0] ?? 0));
    const host =
      atyp === 1
        ? [...raw].join('.')
        : atyp === 4
          ? Array.from({ length: 8 }, (_, i) => raw.readUInt16BE(i * 2).toString(16)).join(':')
          : raw.toString();
    const port = (await read(2)).readUInt16BE(0);
    targets.push(`${host}:${port}`);
    const reply = (rep: number) => Buffer.from([5, rep, 0, 1, 0, 0, 0, 0, 0, 0]);
    const mapped = resolveTarget(host, o.mapHost);
    if (!mapped) return void s.end(reply(4)); // host unreachable
    const upstream = net.connect(port, mapped);
    upstream.once('error', () => s.end(reply(5))); // connection refused
    upstream.once('connect', () => {
      s.write(reply(0));
      splice(s, upstream);
    });
  };
  const server = net.createServer((s) => void session(s).catch(() => s.destroy()));
  return { ...(await start(server, 'socks5')), targets };
}
