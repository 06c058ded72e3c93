/** The transport against real TLS servers on loopback: trust, names, expiry, client certificates. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { type TransportOptions } from '../../../src/gather/cluster/transport.js';
import { MAX_SOCKETS } from '../../../src/gather/cluster/agent.js';
import { tlsServer, type Running, type SeenRequest } from '../../helpers/net-faults.js';
import { useTransports } from '../../helpers/transports.js';
import { makeCA, makeCert, type Issued } from '../../helpers/pki.js';

const DAY = 86_400_000;
const ca = makeCA({ cn: 'cluster-ca' });
const otherCa = makeCA({ cn: 'other-ca' });
const serverCert = (o: { sans?: string[]; notAfter?: Date; issuer?: Issued } = {}) =>
  makeCert({
    cn: 'kube-apiserver',
    issuer: o.issuer ?? ca,
    sans: o.sans ?? ['127.0.0.1', 'kube.example'],
    usage: 'server',
    ...(o.notAfter ? { notBefore: new Date(Date.now() - 30 * DAY), notAfter: o.notAfter } : {}),
  });
const alice = makeCert({ cn: 'alice', orgs: ['devs'], issuer: ca });

type Srv = Running & { seen: SeenRequest[] };
const kit = useTransports({ deadline: Date.now() + 5000 });
async function serve(cert: Issued, extra: { requestCert?: boolean; chain?: string } = {}) {
  // With a CA to check client certificates against, OpenSSL also sends that CA in the chain.
  const requestCert = extra.requestCert ?? true;
  const s = await tlsServer({
    cert: cert.certPem + (extra.chain ?? ''),
    key: cert.keyPem,
    ...(requestCert ? { ca: ca.certPem, requestCert } : {}),
  });
  return kit.up(Promise.resolve(s));
}

let main: Srv;
beforeAll(async () => {
  main = await serve(serverCert());
});
/** Each transport gets its own 5 s deadline. */
const transport = (o: Partial<TransportOptions> & { server: string }) =>
  kit.transport({ deadline: Date.now() + 5000, ...o });

describe('createTransport: TLS that works', () => {
  it('sends the client certificate, and returns status, headers, body and the Date header', async () => {
    let tick = Date.parse('2031-05-06T07:08:09Z');
    const now = () => new Date((tick += 1000));
    const t = transport({
      server: main.url,
      ca: ca.certPem,
      cert: alice.certPem,
      key: alice.keyPem,
      now,
    });
    const ex = await t.request('POST', '/apis/x', { body: '{"a":1}', headers: { 'X-Test': '1' } });
    if (!ex.ok) throw new Error(ex.failure.detail);
    expect(ex).toMatchObject({ status: 200, tlsVersion: 'TLSv1.3' });
    expect(JSON.parse(ex.body.toString())).toEqual({ ok: true });
    expect(ex.headers['content-type']).toBe('application/json');
    expect(new Date(ex.headers.date ?? '').getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Stamped by the injected clock: the connection was ready, then the answer came.
    expect(ex.sentAt.toISOString()).toBe('2031-05-06T07:08:10.000Z');
    expect(ex.receivedAt.toISOString()).toBe('2031-05-06T07:08:11.000Z');
    expect(ex.durationMs).toBeGreaterThan(0);
    const seen = main.seen.at(-1);
    expect(seen).toMatchObject({ method: 'POST', url: '/apis/x', clientCN: 'alice' });
    expect(seen?.headers).toMatchObject({
      'user-agent': 'kube-preflight/test',
      'x-test': '1',
      'content-length': '7',
    });
  });

  it('appends paths to the server URL path (Rancher-style prefixes)', async () => {
    const t = transport({ server: `${main.url}/k8s/clusters/c-1/`, ca: ca.certPem });
    const ex = await t.request('GET', '/version?timeout=5s');
    expect(ex.ok && ex.status).toBe(200);
    expect(main.seen.at(-1)).toMatchObject({ url: '/k8s/clusters/c-1/version?timeout=5s' });
    expect(main.seen.at(-1)?.clientCN).toBeUndefined(); // no client certificate configured
  });

  it(`reuses keep-alive connections: at most ${MAX_SOCKETS} sockets for 3× as many requests`, async () => {
    const before = main.seen.length;
    const t = transport({ server: main.url, ca: ca.certPem });
    const n = MAX_SOCKETS * 3;
    const all = await Promise.all(Array.from({ length: n }, () => t.request('GET', '/x')));
    expect(all.every((e) => e.ok)).toBe(true);
    const ports = new Set(main.seen.slice(before).map((s) => s.remotePort));
    expect(ports.size).toBeLessThanOrEqual(MAX_SOCKETS);
    expect(ports.size).toBeLessThan(n);
  });

  it('checks tls-server-name instead of the URL host, and resolves through an injected lookup', async () => {
    const t = transport({ server: main.url, ca: ca.certPem, serverName: 'kube.example' });
    expect((await t.request('GET', '/')).ok).toBe(true);
    const asked: string[] = [];
    const named = transport({
      server: `https://kube.example:${main.port}`,
      ca: ca.certPem,
      lookup: async (h) => (asked.push(h), [{ address: '127.0.0.1', family: 4 }]),
    });
    expect((await named.request('GET', '/')).ok).toBe(true);
    expect((await named.request('GET', '/')).ok).toBe(true);
    expect(asked).toEqual(['kube.example']); // resolved once
    expect(await named.endpoint()).toMatchObject({
      ok: true,
      endpoint: { host: 'kube.example', addresses: ['127.0.0.1'], addressClass: 'loopback' },
    });
  });

  it('skips verification with insecure-skip-tls-verify (and no CA)', async () => {
    const t = transport({ server: `https://localhost:${main.port}`, insecure: true });
    expect((await t.request('GET', '/')).ok).toBe(true);
  });
});

describe('createTransport: TLS failures', () => {
  it('an unknown CA: untrusted, with the presented chain, not anchored in the kubeconfig CA', async () => {
    const t = transport({
      server: main.url,
      ca: otherCa.certPem,
      cert: alice.certPem,
      key: alice.keyPem,
    });
    const ex = await t.request('GET', '/version');
    if (ex.ok || ex.failure.kind !== 'tls') throw new Error('expected a TLS failure');
    expect(ex.failure).toMatchObject({
      problem: 'untrusted',
      code: 'SELF_SIGNED_CERT_IN_CHAIN',
      anchoredInKubeconfigCa: false,
    });
    expect(ex.failure.presented).toEqual([
      expect.objectContaining({ commonName: 'kube-apiserver', issuer: 'CN=cluster-ca', index: 0 }),
      expect.objectContaining({ commonName: 'cluster-ca', selfSigned: true, index: 1 }),
    ]);
    expect(ex.failure.detail).toMatch(
      /^the certificate of 127\.0\.0\.1:\d+ is not signed by the kubeconfig CA \(SELF_SIGNED_CERT_IN_CHAIN, after \d+ ms\)\.$/,
    );
    expect(JSON.stringify(ex)).not.toMatch(/BEGIN|PRIVATE/);
  });

  it('a leaf alone from an unknown CA, checked against the default roots', async () => {
    const s = await serve(serverCert(), { requestCert: false });
    const ex = await transport({ server: s.url }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'tls',
      problem: 'untrusted',
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      presented: [expect.objectContaining({ commonName: 'kube-apiserver' })],
      detail: expect.stringContaining("not signed by Node's default root CAs"),
    });
    expect(!ex.ok && ex.failure).not.toHaveProperty('anchoredInKubeconfigCa');
  });

  it('reads the whole presented chain, leaf first', async () => {
    const inter = makeCert({ cn: 'intermediate', issuer: ca, isCA: true });
    const s = await serve(serverCert({ issuer: inter }), { chain: inter.certPem });
    const t = transport({ server: s.url, ca: otherCa.certPem });
    const ex = await t.request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'tls',
      problem: 'untrusted',
      anchoredInKubeconfigCa: false,
    });
    const names =
      !ex.ok && ex.failure.kind === 'tls' ? ex.failure.presented?.map((c) => c.commonName) : [];
    expect(names).toEqual(['kube-apiserver', 'intermediate']);
    // The right CA anchors it (it issued the top of the chain): the handshake then succeeds.
    expect((await transport({ server: s.url, ca: ca.certPem }).request('GET', '/')).ok).toBe(true);
  });

  it.each([
    ['tls-server-name', { server: '', serverName: 'wrong.example' }, 'wrong.example'],
    ['URL host localhost', { server: 'https://localhost:PORT' }, 'localhost'],
  ])('a hostname mismatch (%s) gives the altNames and the checked name', async (_, o, checked) => {
    const server = (o.server || main.url).replace('PORT', String(main.port));
    const t = transport({ ...o, server, ca: ca.certPem });
    const ex = await t.request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'tls',
      problem: 'hostname-mismatch',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      altNames: ['127.0.0.1', 'kube.example'],
      checkedName: checked,
      anchoredInKubeconfigCa: true,
    });
  });

  it('a certificate with only a Common Name fails the name check, as in Go', async () => {
    const cnOnly = makeCert({ cn: 'kube.example', issuer: ca, usage: 'server' });
    const s = await serve(cnOnly);
    const t = transport({ server: s.url, ca: ca.certPem, serverName: 'kube.example' });
    const ex = await t.request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'tls',
      problem: 'hostname-mismatch',
      altNames: [],
    });
  });

  it('an expired server certificate', async () => {
    const s = await serve(serverCert({ notAfter: new Date(Date.now() - DAY) }));
    const ex = await transport({ server: s.url, ca: ca.certPem }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'tls',
      problem: 'server-cert-expired',
      code: 'CERT_HAS_EXPIRED',
    });
  });

  it('a server that demands a client certificate we do not send: tls/other', async () => {
    const cert = serverCert();
    const strict = await tlsServer({
      cert: cert.certPem,
      key: cert.keyPem,
      ca: ca.certPem,
      requireCert: true,
    });
    await kit.up(Promise.resolve(strict));
    const ex = await transport({ server: strict.url, ca: ca.certPem }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'tls',
      problem: 'other',
      code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
      detail: expect.stringContaining('tlsv13 alert certificate required'),
    });
  });
});
