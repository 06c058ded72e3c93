/** The transport through HTTP CONNECT, HTTPS and SOCKS5 proxies on loopback; no name is resolved. */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { type TransportOptions } from '../../../src/gather/cluster/transport.js';
import {
  plainHttp,
  silentTcp,
  tlsServer,
  type Running,
  type SeenRequest,
} from '../../helpers/net-faults.js';
import { connectProxy, socks5Proxy } from '../../helpers/net-proxies.js';
import { useTransports } from '../../helpers/transports.js';
import { makeCA, makeCert } from '../../helpers/pki.js';

const ca = makeCA({ cn: 'cluster-ca' });
const leaf = makeCert({
  cn: 'kube-apiserver',
  issuer: ca,
  sans: ['127.0.0.1', 'kube.example'],
  usage: 'server',
});
const toLoopback = (h: string) => (h === 'kube.example' ? '127.0.0.1' : undefined);
const PASSWORD = 's3cret-proxy-pass';

/** DNS is never expected here: the lookup fails the test if it is asked anything. */
const asked: string[] = [];
const kit = useTransports({
  ca: ca.certPem,
  lookup: async (h) => {
    asked.push(h);
    throw Object.assign(new Error(`unexpected lookup of ${h}`), { code: 'ENOTFOUND' });
  },
});
const up = kit.up;
const transport = (server: string, o: Partial<TransportOptions> = {}) =>
  kit.transport({ server, ...o });
let api: Running & { seen: SeenRequest[] };
let named = '';
beforeAll(async () => {
  api = await up(tlsServer({ cert: leaf.certPem, key: leaf.keyPem }));
  named = `https://kube.example:${api.port}`;
});
afterEach(() => expect(asked.splice(0)).toEqual([]));

describe('createTransport: HTTP CONNECT proxies', () => {
  it('uses the kubeconfig proxy-url, even for a loopback server', async () => {
    const proxy = await up(connectProxy());
    const t = transport(api.url, { proxyUrl: proxy.url });
    expect((await t.request('GET', '/version')).ok).toBe(true);
    expect(proxy.targets).toEqual([`127.0.0.1:${api.port}`]);
    expect((await t.endpoint()).endpoint.proxy).toEqual({ url: proxy.url, source: 'proxy-url' });
  });

  it('honours HTTPS_PROXY for a named server; the proxy resolves the name, not us', async () => {
    const proxy = await up(connectProxy({ mapHost: toLoopback }));
    const t = transport(named, { env: { HTTPS_PROXY: `127.0.0.1:${proxy.port}` } });
    const ex = await t.request('GET', '/version');
    expect(ex.ok).toBe(true);
    expect(proxy.targets).toEqual([`kube.example:${api.port}`]);
    expect(await t.endpoint()).toMatchObject({
      ok: true,
      endpoint: {
        host: 'kube.example',
        addresses: [],
        addressClass: 'unknown',
        proxy: { url: proxy.url, source: 'environment', variable: 'HTTPS_PROXY' },
      },
    });
  });

  it('ignores the environment proxy for 127.0.0.1 and for NO_PROXY names', async () => {
    const proxy = await up(connectProxy({ mapHost: toLoopback }));
    const env = { https_proxy: proxy.url, NO_PROXY: '.example.org,kube.example' };
    expect((await transport(api.url, { env }).request('GET', '/')).ok).toBe(true);
    const direct = transport(named, {
      env,
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect((await direct.request('GET', '/')).ok).toBe(true);
    expect(proxy.targets).toEqual([]);
  });

  it('a 407 answer: a proxy failure with its status; the password appears nowhere', async () => {
    const proxy = await up(connectProxy({ status: 407 }));
    const proxyUrl = `http://user:${PASSWORD}@127.0.0.1:${proxy.port}`;
    const t = transport(named, { proxyUrl });
    const ex = await t.request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      kind: 'unreachable',
      reason: 'proxy',
      phase: 'proxy',
      proxyStatus: 407,
      detail: expect.stringContaining('answered CONNECT with 407 Proxy Authentication Required'),
    });
    expect(proxy.auth).toEqual([`Basic ${Buffer.from(`user:${PASSWORD}`).toString('base64')}`]);
    const facts = JSON.stringify([ex, await t.endpoint()]);
    expect(facts).not.toContain(PASSWORD);
    expect(facts).not.toContain('user');
  });

  it('a proxy that cannot reach the server (502), one that refuses, one that never answers', async () => {
    const proxy = await up(connectProxy()); // does not know kube.example
    const ex = await transport(named, { proxyUrl: proxy.url }).request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({ reason: 'proxy', proxyStatus: 502 });

    const refused = await transport(named, { proxyUrl: 'http://127.0.0.1:1' }).request('GET', '/');
    expect(!refused.ok && refused.failure).toMatchObject({
      reason: 'proxy',
      phase: 'proxy',
      code: 'ECONNREFUSED',
      detail: expect.stringMatching(
        /^the proxy 127\.0\.0\.1:1 could not open a connection to kube\.example:\d+: it refused the connection/,
      ),
    });

    const silent = await up(silentTcp());
    const t = transport(named, {
      proxyUrl: `http://127.0.0.1:${silent.port}`,
      deadline: Date.now() + 200,
    });
    const slow = await t.request('GET', '/');
    expect(!slow.ok && slow.failure).toMatchObject({ reason: 'timeout', phase: 'proxy' });
  });

  it('an https proxy, verified with the cluster TLS settings as Go does', async () => {
    const proxyCert = makeCert({ cn: 'proxy', issuer: ca, sans: ['127.0.0.1'], usage: 'server' });
    const proxy = await up(
      connectProxy({
        mapHost: toLoopback,
        tls: { cert: proxyCert.certPem, key: proxyCert.keyPem },
      }),
    );
    const t = transport(named, { proxyUrl: proxy.url });
    expect(proxy.url).toMatch(/^https:/);
    expect((await t.request('GET', '/')).ok).toBe(true);
    expect(proxy.targets).toEqual([`kube.example:${api.port}`]);
  });

  it('an http:// server through an HTTP proxy gets an absolute-form request', async () => {
    const plain = await up(plainHttp((q, a) => a.end(`${q.url}`)));
    const proxy = await up(connectProxy());
    const t = transport(`${plain.url}/base`, { proxyUrl: proxy.url });
    const ex = await t.request('GET', '/version');
    expect(ex.ok && ex.body.toString()).toBe('/base/version');
    expect(proxy.targets).toEqual([`http://127.0.0.1:${plain.port}/base/version`]);
  });
});

describe('createTransport: SOCKS5 proxies', () => {
  it('tunnels without authentication, sending the name for the proxy to resolve', async () => {
    const proxy = await up(socks5Proxy({ mapHost: toLoopback }));
    const t = transport(named, { proxyUrl: `socks5://127.0.0.1:${proxy.port}` });
    expect((await t.request('GET', '/')).ok).toBe(true);
    expect(proxy.targets).toEqual([`kube.example:${api.port}`]);
  });

  it('authenticates with username and password, and fails cleanly on a wrong one', async () => {
    const proxy = await up(
      socks5Proxy({ mapHost: toLoopback, user: { name: 'u', pass: PASSWORD } }),
    );
    const good = transport(named, { proxyUrl: `socks5://u:${PASSWORD}@127.0.0.1:${proxy.port}` });
    expect((await good.request('GET', '/')).ok).toBe(true);
    const bad = transport(named, { proxyUrl: `socks5://u:wrong@127.0.0.1:${proxy.port}` });
    const ex = await bad.request('GET', '/');
    expect(!ex.ok && ex.failure).toMatchObject({
      reason: 'proxy',
      code: 'SOCKS_FAILURE',
      detail: expect.stringContaining('rejected the username and password'),
    });
    const none = transport(named, { proxyUrl: `socks5://127.0.0.1:${proxy.port}` });
    const ex2 = await none.request('GET', '/');
    expect(!ex2.ok && ex2.failure).toMatchObject({ reason: 'proxy', code: 'SOCKS_FAILURE' });
    expect(JSON.stringify([ex, ex2, await good.endpoint()])).not.toContain(PASSWORD);
  });

  it('reports the SOCKS reply when the proxy cannot connect', async () => {
    const proxy = await up(socks5Proxy()); // does not know kube.example: host unreachable
    const ex = await transport(named, { proxyUrl: `socks5://127.0.0.1:${proxy.port}` }).request(
      'GET',
      '/',
    );
    expect(!ex.ok && ex.failure).toMatchObject({
      reason: 'proxy',
      detail: expect.stringContaining('it answered: host unreachable'),
    });
  });
});
