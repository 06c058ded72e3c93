/** Proxy selection with the semantics of Go's golang.org/x/net/http/httpproxy, as client-go uses it. */
import { describe, expect, it } from '@jest/globals';
import { selectProxy, useEnvProxy } from '../../../src/gather/cluster/proxy.js';

const https = (host: string, port = 443) => ({ scheme: 'https' as const, host, port });
const http = (host: string, port = 80) => ({ scheme: 'http' as const, host, port });

describe('selectProxy: which proxy, from where', () => {
  const env = (variable: string, url: string) => ({ url, source: 'environment', variable });
  const kube = (url: string) => ({ url, source: 'proxy-url' });
  const H = https('kube.example');
  it.each([
    // [case, target, proxy-url, environment, the ProxyFacts expected]
    ['none', H, undefined, {}, undefined],
    [
      'HTTPS_PROXY',
      H,
      undefined,
      { HTTPS_PROXY: 'http://p:3128' },
      env('HTTPS_PROXY', 'http://p:3128'),
    ],
    [
      'https_proxy',
      H,
      undefined,
      { https_proxy: 'http://p:3128' },
      env('https_proxy', 'http://p:3128'),
    ],
    [
      'upper case first',
      H,
      undefined,
      { HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:2' },
      env('HTTPS_PROXY', 'http://a:1'),
    ],
    [
      'empty is unset',
      H,
      undefined,
      { HTTPS_PROXY: '', https_proxy: 'http://b:2' },
      env('https_proxy', 'http://b:2'),
    ],
    ['https ignores HTTP_PROXY', H, undefined, { HTTP_PROXY: 'http://p:1' }, undefined],
    [
      'http uses HTTP_PROXY',
      http('kube.example'),
      undefined,
      { HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://q:2' },
      env('HTTP_PROXY', 'http://p:1'),
    ],
    [
      'http uses http_proxy',
      http('kube.example'),
      undefined,
      { http_proxy: 'p:1' },
      env('http_proxy', 'http://p:1'),
    ],
    [
      'no scheme means http://',
      H,
      undefined,
      { HTTPS_PROXY: 'proxy.corp:3128' },
      env('HTTPS_PROXY', 'http://proxy.corp:3128'),
    ],
    [
      'an IP without scheme',
      H,
      undefined,
      { HTTPS_PROXY: '10.0.0.1:3128' },
      env('HTTPS_PROXY', 'http://10.0.0.1:3128'),
    ],
    [
      'default port by scheme',
      H,
      undefined,
      { HTTPS_PROXY: 'https://p' },
      env('HTTPS_PROXY', 'https://p:443'),
    ],
    [
      'socks5 from the env',
      H,
      undefined,
      { HTTPS_PROXY: 'socks5://p' },
      env('HTTPS_PROXY', 'socks5://p:1080'),
    ],
    [
      'credentials dropped',
      H,
      undefined,
      { HTTPS_PROXY: 'http://u:pw@p:8080' },
      env('HTTPS_PROXY', 'http://p:8080'),
    ],
    [
      'proxy-url wins',
      H,
      'socks5://u:pw@s:1081',
      { HTTPS_PROXY: 'http://p:1' },
      kube('socks5://s:1081'),
    ],
    [
      'proxy-url for loopback',
      https('127.0.0.1', 6443),
      'http://p:3128',
      {},
      kube('http://p:3128'),
    ],
    ['proxy-url for localhost', https('localhost', 6443), 'https://p', {}, kube('https://p:443')],
    ['an IPv6 proxy', H, 'http://[fd00::1]:3128', {}, kube('http://[fd00::1]:3128')],
  ])('%s', (_, target, proxyUrl, environment, facts) => {
    const sel = selectProxy(target, proxyUrl, environment);
    expect(sel.ok && sel.proxy?.facts).toEqual(facts);
  });

  it('keeps the decoded credentials for the handshake only', () => {
    const sel = selectProxy(https('k'), 'http://us%40r:p%3Ass@p:1', {});
    expect(sel.ok && sel.proxy).toMatchObject({
      username: 'us@r',
      password: 'p:ss',
      host: 'p',
      port: 1,
    });
    expect(JSON.stringify(sel.ok && sel.proxy?.facts)).not.toContain('p:ss');
  });

  it.each([
    ['ftp://p:21', /scheme "ftp" is not http, https or socks5/],
    ['proxy.corp:3128', /scheme "proxy.corp"/], // kubectl does not add http:// to proxy-url
    ['socks5h://p:1080', /scheme "socks5h"/],
    ['http://', /not a valid URL|no host/],
  ])('refuses the proxy-url %s as client-go does', (proxyUrl, detail) => {
    expect(selectProxy(https('k'), proxyUrl, {})).toEqual({
      ok: false,
      detail: expect.stringMatching(detail),
    });
  });

  it('refuses HTTP_PROXY for http servers in a CGI environment, like Go', () => {
    const env = { HTTP_PROXY: 'http://p:1', REQUEST_METHOD: 'GET' };
    expect(selectProxy(http('k'), undefined, env)).toMatchObject({ ok: false });
    expect(selectProxy(https('k'), undefined, { ...env, HTTPS_PROXY: 'http://p:1' })).toMatchObject(
      {
        ok: true,
        proxy: { host: 'p' },
      },
    );
  });
});

describe('useEnvProxy: NO_PROXY and loopback', () => {
  it.each([
    // [host, port, NO_PROXY, proxied?]
    ['localhost', 443, '', false],
    ['127.0.0.1', 443, '', false],
    ['127.9.9.9', 443, '', false],
    ['::1', 443, '', false],
    ['localhost.localdomain', 443, '', true], // only the exact name "localhost"
    ['kube.example', 443, '', true],
    ['kube.example', 443, '*', false],
    ['10.0.0.1', 443, '*', false],
    ['kube.example', 443, 'kube.example', false],
    ['api.kube.example', 443, 'kube.example', false], // a domain matches its subdomains
    ['kube.example', 443, '.kube.example', true], // a leading dot: subdomains only
    ['api.kube.example', 443, '.kube.example', false],
    ['api.kube.example', 443, '*.kube.example', false],
    ['notkube.example', 443, 'kube.example', true],
    ['KUBE.example', 443, ' Kube.Example ', false],
    ['kube.example', 443, 'kube.example:443', false],
    ['kube.example', 6443, 'kube.example:443', true],
    ['10.1.2.3', 443, '10.0.0.0/8', false],
    ['11.1.2.3', 443, '10.0.0.0/8', true],
    ['10.1.2.3', 443, '10.1.2.3', false],
    ['10.1.2.3', 443, '10.1.2.3:6443', true],
    ['10.1.2.3', 6443, '10.1.2.3:6443', false],
    ['fd00::5', 443, 'fd00::/8', false],
    ['fd00::5', 443, '[fd00::5]:443', false],
    ['kube.example', 443, '10.0.0.0/8', true], // CIDRs never match names (no DNS)
    ['kube.example', 443, 'foo.com, ,kube.example', false],
    ['kube.example', 443, ':443', true], // a malformed entry is ignored
  ])('%s:%s with NO_PROXY=%j → proxied %s', (host, port, noProxy, proxied) => {
    expect(useEnvProxy(host, port, noProxy)).toBe(proxied);
  });

  it('reads NO_PROXY before no_proxy', () => {
    const env = { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'a.example', no_proxy: 'kube.example' };
    expect(selectProxy(https('kube.example'), undefined, env)).toMatchObject({
      ok: true,
      proxy: {},
    });
    expect(selectProxy(https('a.example'), undefined, env)).toEqual({ ok: true });
    const lower = { HTTPS_PROXY: 'http://p:1', no_proxy: 'kube.example' };
    expect(selectProxy(https('kube.example'), undefined, lower)).toEqual({ ok: true });
  });
});
