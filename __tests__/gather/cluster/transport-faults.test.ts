/** The transport against servers that fail: every request ends by the deadline, in a named phase. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { TLSSocket } from 'node:tls';
import { type TransportOptions } from '../../../src/gather/cluster/transport.js';
import {
  blackHole,
  dripServer,
  plainHttp,
  resetServer,
  silentTcp,
  type Running,
} from '../../helpers/net-faults.js';
import { useTransports } from '../../helpers/transports.js';
import { makeCA, makeCert } from '../../helpers/pki.js';

const ca = makeCA({ cn: 'cluster-ca' });
const other = makeCA({ cn: 'other-ca' });
const leaf = makeCert({ cn: 'kube-apiserver', issuer: ca, sans: ['127.0.0.1'], usage: 'server' });
const pair = { cert: leaf.certPem, key: leaf.keyPem };

const kit = useTransports({ ca: ca.certPem });
const up = kit.up;
const transport = (server: string, o: Partial<TransportOptions> = {}) =>
  kit.transport({ server, ...o });

/**
 * How late a plain timer for `ms` fires in this process: the scheduler's own delay when the
 * machine is busy (CI runs every test file at once), which no deadline can beat.
 */
function lateness(ms: number): Promise<number> {
  const set = Date.now();
  return new Promise((resolve) =>
    setTimeout(() => resolve(Math.max(0, Date.now() - set - ms)), ms),
  );
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('createTransport: timeouts end at the deadline, in the phase reached', () => {
  let hole: Running & { verified: boolean };
  beforeAll(async () => {
    hole = await up(blackHole());
  });

  it('a black-holed port times out in phase connect, within 10% of the deadline', async () => {
    expect(hole.verified).toBe(true); // the backlog really is full: SYNs are dropped
    const budget = 600;
    const started = Date.now();
    const late = lateness(budget);
    const t = transport(hole.url, { deadline: started + budget });
    const ex = await t.request('GET', '/version');
    const elapsed = Date.now() - started;
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'unreachable',
      reason: 'timeout',
      phase: 'connect',
      code: 'ETIMEDOUT',
      detail: expect.stringMatching(
        /^the TCP connection to 127\.0\.0\.1:\d+ did not complete within \d+ ms, when the time budget ran out\.$/,
      ),
    });
    expect(elapsed).toBeGreaterThanOrEqual(budget - 5);
    expect(elapsed).toBeLessThanOrEqual(budget * 1.1 + (await late));
  });

  it('a TCP server that never speaks TLS: phase tls', async () => {
    const s = await up(silentTcp());
    const ex = await transport(s.url, { deadline: Date.now() + 300 }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({ reason: 'timeout', phase: 'tls' });
  });

  it('a server that drips its answer byte by byte: phase response, still at the deadline', async () => {
    const s = await up(dripServer({ ...pair, everyMs: 10 }));
    const started = Date.now();
    const late = lateness(400);
    const ex = await transport(s.url, { deadline: started + 400 }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({ reason: 'timeout', phase: 'response' });
    // Within 10% of the deadline, beyond what a plain timer for it was late (the drip runs here).
    expect(Date.now() - started).toBeLessThanOrEqual(440 + (await late));
  });

  it('the deadline also bounds the diagnostic handshake after a TLS failure', async () => {
    // The first connection gets an untrusted certificate; the second (diagnostic) one hangs.
    let n = 0;
    const s = await up(
      silentTcp((raw) => {
        if (n++ > 0) return;
        new TLSSocket(raw, { isServer: true, ...pair }).on('error', () => {});
      }),
    );
    const started = Date.now();
    const ex = await transport(s.url, { ca: other.certPem, deadline: started + 300 }).request(
      'GET',
      '/',
    );
    expect(!ex.ok && ex.failure).toMatchObject({ kind: 'tls', problem: 'untrusted' });
    expect(!ex.ok && ex.failure).not.toHaveProperty('presented');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThanOrEqual(330);
    expect(n).toBe(2);
  });

  it('the deadline also bounds concurrent requests waiting for a connection', async () => {
    const t = transport(hole.url, { deadline: Date.now() + 300 });
    const all = await Promise.all(Array.from({ length: 6 }, () => t.request('GET', '/')));
    expect(all.map((e) => !e.ok && e.failure.kind === 'unreachable' && e.failure.reason)).toEqual(
      Array(6).fill('timeout'),
    );
  });

  it('an aborted signal ends requests at once, as cancelled', async () => {
    const controller = new AbortController();
    const t = transport(hole.url, { signal: controller.signal, deadline: Date.now() + 10_000 });
    const started = Date.now();
    const pending = t.request('GET', '/');
    setTimeout(() => controller.abort(), 50);
    const ex = await pending;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(!ex.ok && ex.failure).toMatchObject({
      reason: 'timeout',
      phase: 'connect',
      code: 'ABORT_ERR',
    });
  });

  it('close() ends requests in flight and leaves nothing running', async () => {
    const t = transport(hole.url, { deadline: Date.now() + 10_000 });
    const pending = t.request('GET', '/');
    setTimeout(() => t.close(), 30);
    const ex = await pending;
    expect(!ex.ok && ex.failure).toMatchObject({ reason: 'timeout', code: 'ABORT_ERR' });
    expect(await t.request('GET', '/')).toMatchObject({ ok: false });
  });
});

describe('createTransport: connection failures', () => {
  it('a refused port', async () => {
    const port = await closedPort();
    const ex = await transport(`https://127.0.0.1:${port}`).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'unreachable',
      reason: 'refused',
      phase: 'connect',
      code: 'ECONNREFUSED',
      detail: expect.stringMatching(
        /^127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED, after \d+ ms\)\.$/,
      ),
    });
  });

  it('a name under .invalid fails DNS at once, without a query', async () => {
    const t = transport('https://kube.cluster.invalid:6443');
    const ep = await t.endpoint();
    expect(ep).toMatchObject({
      ok: false,
      endpoint: {
        host: 'kube.cluster.invalid',
        port: 6443,
        addresses: [],
        addressClass: 'unknown',
      },
      failure: { reason: 'dns', phase: 'dns', code: 'ENOTFOUND' },
    });
    expect(await t.request('GET', '/')).toMatchObject({ ok: false, failure: { reason: 'dns' } });
  });

  it('an injected lookup that fails with EAI_AGAIN', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN kube.example'), { code: 'EAI_AGAIN' });
    };
    const ex = await transport('https://kube.example', { lookup }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({ reason: 'dns', code: 'EAI_AGAIN' });
  });

  it('a reset on the client hello: reset in phase tls', async () => {
    const s = await up(resetServer({ ...pair, at: 'hello' }));
    const ex = await transport(s.url).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      reason: 'reset',
      phase: 'tls',
      code: 'ECONNRESET',
    });
  });

  it('a reset half way through the response: reset in phase response', async () => {
    const s = await up(resetServer({ ...pair, at: 'response' }));
    const ex = await transport(s.url).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      reason: 'reset',
      phase: 'response',
      code: 'ECONNRESET',
    });
  });

  it('a plain HTTP server behind an https:// URL: protocol', async () => {
    const s = await up(plainHttp());
    const ex = await transport(s.url.replace('http:', 'https:')).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'unreachable',
      reason: 'protocol',
      phase: 'tls',
      code: 'EPROTO',
      detail: expect.stringContaining('wrong version number'),
    });
  });
});
