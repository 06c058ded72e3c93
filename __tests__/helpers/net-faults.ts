/**
 * Loopback servers that fail in precise ways, for transport tests: a black-holed port, a TCP
 * server that never speaks, one that drips or resets, plain HTTP and TLS (proxies are in
 * net-proxies.ts). Everything listens on 127.0.0.1 and nothing ever resolves a name.
 */
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';

export interface Running {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 and keeps every connection so close() can destroy it. */
export async function start(server: net.Server, scheme: string): Promise<Running> {
  const open = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    open.add(s);
    s.on('error', () => {});
    s.once('close', () => open.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    url: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const BLACK_HOLE = `
import socket, sys
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)
port = s.getsockname()[1]
fill, blocked = [], False
for i in range(4):
    c = socket.socket(); c.settimeout(0.2)
    try:
        c.connect(('127.0.0.1', port)); fill.append(c)
    except OSError:
        c.close(); blocked = True; break
print(port, 'blocked' if blocked else 'open', flush=True)
sys.stdin.read()
`;

/**
 * A port whose SYNs are dropped: python listens with backlog 0 and never accepts; one idle
 * connection fills the accept queue, so Linux drops later SYNs and connect() hangs.
 * `verified` says a filler connection itself hung (so the queue really is full).
 */
export async function blackHole(): Promise<Running & { verified: boolean }> {
  const child = spawn('python3', ['-c', BLACK_HOLE], { stdio: ['pipe', 'pipe', 'ignore'] });
  let out = '';
  const line = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => reject(new Error(`python3 exited: ${out}`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out);
    });
  });
  const [port, state] = line.trim().split(' ');
  return {
    port: Number(port),
    url: `https://127.0.0.1:${port}`,
    verified: state === 'blocked',
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
        child.kill();
      }),
  };
}

/** Accepts TCP and never sends a byte (unless `onConnection` does something with the socket). */
export function silentTcp(onConnection?: (socket: net.Socket) => void): Promise<Running> {
  return start(net.createServer(onConnection), 'https');
}

export interface TlsPair {
  cert: string;
  key: string;
}

/** Reads a request, then sends a response one byte every `everyMs`, forever. */
export function dripServer(o: TlsPair & { everyMs?: number }): Promise<Running> {
  const server = tls.createServer({ cert: o.cert, key: o.key }, (s) => {
    s.once('data', () => {
      const text = Buffer.from(
        `HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n${'x'.repeat(1e5)}`,
      );
      let i = 0;
      const timer = setInterval(() => s.write(text.subarray(i, ++i)), o.everyMs ?? 20);
      s.once('close', () => clearInterval(timer));
    });
  });
  return start(server, 'https');
}

/**
 * TLS that breaks the connection with a TCP RST: 'hello' on the client hello (before any TLS),
 * 'response' after half a response.
 */
export function resetServer(o: TlsPair & { at: 'hello' | 'response' }): Promise<Running> {
  const server = net.createServer((raw) => {
    if (o.at === 'hello') return void raw.once('data', () => raw.resetAndDestroy());
    const s = new tls.TLSSocket(raw, { isServer: true, cert: o.cert, key: o.key });
    s.on('error', () => {});
    s.once('data', () => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial', () =>
        setTimeout(() => raw.resetAndDestroy(), 20),
      );
    });
  });
  return start(server, 'https');
}

/** A plain HTTP server (an https:// URL pointed at it gets a protocol error). */
export function plainHttp(
  handler: http.RequestListener = (_q, a) => a.end('plain'),
): Promise<Running> {
  return start(http.createServer(handler), 'http');
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** CN of the client certificate the server received, if any. */
  clientCN?: string;
  /** The client's source port: one per connection. */
  remotePort?: number;
}

/** An HTTPS server that records what it received; it asks for a client certificate on demand. */
export async function tlsServer(
  o: TlsPair & {
    ca?: string;
    /** Ask for a client certificate (the apiserver's way: a missing one is let through). */
    requestCert?: boolean;
    /** Refuse the handshake without a client certificate signed by `ca`. */
    requireCert?: boolean;
    handler?: http.RequestListener;
  },
): Promise<Running & { seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = https.createServer(
    {
      cert: o.cert,
      key: o.key,
      ...(o.ca ? { ca: o.ca } : {}),
      requestCert: !!(o.requestCert || o.requireCert),
      rejectUnauthorized: !!o.requireCert,
    },
    (req, res) => {
      const peer = (req.socket as tls.TLSSocket).getPeerCertificate();
      const cn = peer?.subject?.CN;
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        remotePort: req.socket.remotePort,
        ...(cn ? { clientCN: String(cn) } : {}),
      });
      if (o.handler) return o.handler(req, res);
      req.resume();
      req.on('end', () => res.setHeader('Content-Type', 'application/json').end('{"ok":true}'));
    },
  );
  return { ...(await start(server, 'https')), seen };
}
