/** The transport's settings, plain http:// and limits: what is refused before any traffic. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { blackHole, plainHttp, silentTcp, tlsServer } from '../../helpers/net-faults.js';
import { useTransports } from '../../helpers/transports.js';
import { makeCA, makeCert } from '../../helpers/pki.js';

const ca = makeCA({ cn: 'cluster-ca' });
const otherCa = makeCA({ cn: 'other-ca' });
const alice = makeCert({ cn: 'alice', issuer: ca });
const leaf = makeCert({ cn: 'kube-apiserver', issuer: ca, sans: ['127.0.0.1'], usage: 'server' });
const pair = { cert: leaf.certPem, key: leaf.keyPem };

const { up, transport } = useTransports();

describe('createTransport: unusable settings make no connection', () => {
  let counter: Server;
  let connections = 0;
  let url = '';
  beforeAll(async () => {
    counter = createServer((s) => (connections++, s.destroy()));
    await new Promise<void>((r) => counter.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(counter.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => counter.close(() => r())));

  it.each([
    [
      'a key that does not fit the certificate',
      { cert: alice.certPem, key: otherCa.keyPem },
      /client key does not belong/,
    ],
    [
      'an unparseable certificate',
      { cert: 'not a PEM', key: alice.keyPem },
      /cannot be loaded into TLS \(ERR_OSSL_PEM_NO_START_LINE\)/,
    ],
    ['a CA bundle without certificates', { ca: 'garbage' }, /CA bundle contains no certificate/],
    [
      'insecure together with a CA',
      { ca: ca.certPem, insecure: true },
      /refuses insecure-skip-tls-verify/,
    ],
    ['a proxy-url scheme client-go refuses', { proxyUrl: 'ftp://127.0.0.1:1' }, /scheme "ftp"/],
  ])('%s', async (_, o, detail) => {
    const t = transport({ server: url, ...o });
    const ex = await t.request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'client-config',
      detail: expect.stringMatching(detail),
    });
    expect(await t.endpoint()).toMatchObject({ ok: false, failure: { kind: 'client-config' } });
    expect(JSON.stringify(ex)).not.toMatch(/BEGIN|PRIVATE|not a PEM|garbage/);
    expect(connections).toBe(0);
  });
});

describe('createTransport: http:// and response limits', () => {
  it('plain http:// servers work, with the port defaulting to 80 in the facts', async () => {
    const s = await up(plainHttp((q, a) => a.end(`${q.method} ${q.url}`)));
    const ex = await transport({ server: `${s.url}/prefix` }).request('GET', '/version');
    expect(ex.ok && ex.body.toString()).toBe('GET /prefix/version');
    expect(ex.ok && ex.tlsVersion).toBeUndefined();
    const ep = await transport({ server: 'http://10.1.2.3' }).endpoint();
    expect(ep.endpoint).toMatchObject({
      port: 80,
      addresses: ['10.1.2.3'],
      addressClass: 'private',
    });
  });

  it('a body over maxBodyBytes ends in a failure, declared or not', async () => {
    const big = 'x'.repeat(5000);
    const declared = await up(tlsServer({ ...pair, handler: (_q, a) => a.end(big) }));
    const chunked = await up(
      tlsServer({ ...pair, handler: (_q, a) => (a.write(big), a.end(big)) }),
    );
    for (const s of [declared, chunked]) {
      const ex = await transport({ server: s.url, ca: ca.certPem, maxBodyBytes: 4096 }).request(
        'GET',
        '/',
      );
      expect(!ex.ok && ex.failure).toMatchObject({
        reason: 'protocol',
        phase: 'response',
        code: 'BODY_TOO_LARGE',
      });
    }
    const ok = await transport({
      server: declared.url,
      ca: ca.certPem,
      maxBodyBytes: 5000,
    }).request('GET', '/');
    expect(ok.ok && ok.body.length).toBe(5000);
  });
});

describe('createTransport: keep-alive', () => {
  it('retries once when a pooled connection turns out to be closed by the server', async () => {
    const perSocket = new Map<unknown, number>();
    const s = await up(
      plainHttp((q, a) => {
        const n = (perSocket.get(q.socket) ?? 0) + 1;
        perSocket.set(q.socket, n);
        if (n > 1) return void q.socket.destroy(); // an idle connection the server dropped
        a.end('fresh');
      }),
    );
    const t = transport({ server: s.url });
    expect((await t.request('GET', '/a')).ok).toBe(true);
    const again = await t.request('POST', '/b', { body: '{}' });
    expect(again.ok && again.body.toString()).toBe('fresh');
    expect(perSocket.size).toBe(2);
  });
});

describe('createTransport: close()', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-transport-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets the process exit at once: pooled sockets, a hanging connect, a proxy dial', async () => {
    const [hole, api, silent] = await Promise.all([
      up(blackHole()),
      up(tlsServer(pair)),
      up(silentTcp()),
    ]);
    const bundle = path.join(dir, 'transport.mjs');
    const entry = path.resolve(import.meta.dirname, '../../../src/gather/cluster/transport.ts');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
    });
    // A 60 s deadline: a leaked handle would keep the child alive far past the 5 s limit.
    const script = `
      import { createTransport } from ${JSON.stringify(bundle)};
      const base = { env: {}, deadline: Date.now() + 60000, now: () => new Date(), userAgent: 't', ca: process.env.CA };
      const ok = createTransport({ ...base, server: process.env.API });
      if (!(await ok.request('GET', '/')).ok) throw new Error('the first request failed');
      const hole = createTransport({ ...base, server: process.env.HOLE });
      const proxied = createTransport({ ...base, server: 'https://kube.example', proxyUrl: process.env.SILENT });
      const pending = Promise.all([hole.request('GET', '/'), proxied.request('GET', '/')]);
      setTimeout(() => [ok, hole, proxied].forEach((t) => t.close()), 100);
      console.log(JSON.stringify((await pending).map((r) => r.ok || r.failure.phase)));
    `;
    const started = Date.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        env: {
          PATH: process.env.PATH,
          CA: ca.certPem,
          API: api.url,
          HOLE: hole.url,
          SILENT: `http://127.0.0.1:${silent.port}`,
        },
        timeout: 5000,
      },
    );
    expect(JSON.parse(stdout)).toEqual(['connect', 'proxy']);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
