/**
 * Which proxy a request to the API server goes through, as client-go decides it: the kubeconfig
 * proxy-url, else the environment read by Go's golang.org/x/net/http/httpproxy.
 */
import type { ProxyFacts } from '../../model/live.js';
import { BlockList } from 'node:net';
import { inList, ipFamily, isLoopback, joinHostPort, stripBrackets } from './address.js';

export type ProxyScheme = 'http' | 'https' | 'socks5';

export interface ProxyChoice {
  scheme: ProxyScheme;
  host: string;
  port: number;
  /** Percent-decoded credentials from the URL; for the proxy handshake only, never reported. */
  username?: string;
  password?: string;
  facts: ProxyFacts;
}

export type ProxySelection = { ok: true; proxy?: ProxyChoice } | { ok: false; detail: string };

const DEFAULT_PORTS: Record<ProxyScheme, number> = { http: 80, https: 443, socks5: 1080 };
const SCHEMES = new Set<string>(['http', 'https', 'socks5']);

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const schemeOf = (url: URL) => url.protocol.replace(/:$/, '');

function choice(url: URL, source: ProxyFacts['source'], variable?: string): ProxyChoice {
  const scheme = schemeOf(url) as ProxyScheme;
  const host = stripBrackets(url.hostname);
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[scheme];
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return {
    scheme,
    host,
    port,
    ...(url.username ? { username: decode(url.username) } : {}),
    ...(url.password ? { password: decode(url.password) } : {}),
    facts: {
      url: `${scheme}://${joinHostPort(host, port)}`,
      source,
      ...(variable ? { variable } : {}),
    },
  };
}

/** Go's parseProxy: a value that is not an http, https or socks5 URL is retried as http://value. */
function parseEnvProxy(value: string): URL | undefined {
  const url = parseUrl(value);
  if (url && SCHEMES.has(schemeOf(url))) return url;
  return parseUrl(`http://${value}`) ?? url;
}

/** The first non-empty variable of a list, as Go's getEnvAny. */
function envAny(
  env: Record<string, string | undefined>,
  names: string[],
): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name];
    if (value) return { name, value };
  }
  return undefined;
}

interface Matcher {
  ip?: boolean;
  match(host: string, port: string): boolean;
}

/** A BlockList of one IP or CIDR (IPv4-mapped IPv6 addresses match IPv4 rules, like Go's net.IP). */
function ipList(ip: string, bits?: number): BlockList | undefined {
  const family = ipFamily(ip);
  if (!family) return undefined;
  const list = new BlockList();
  const type = family === 4 ? 'ipv4' : 'ipv6';
  try {
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, bits, type);
  } catch {
    return undefined; // a prefix length out of range
  }
  return list;
}

/** One NO_PROXY entry, parsed as httpproxy's config.init does. */
function noProxyMatcher(raw: string): Matcher | 'all' | undefined {
  const entry = raw.trim().toLowerCase();
  if (!entry) return undefined;
  if (entry === '*') return 'all';
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  const cidrList = cidr && ipList(cidr[1] as string, Number(cidr[2]));
  if (cidrList) return { ip: true, match: (h: string) => inList(cidrList, h) };
  // host:port and [v6]:port, as net.SplitHostPort splits them.
  const hp = /^(\[[^\]]*\]|[^:[\]]*):([^:[\]]*)$/.exec(entry);
  const host = hp ? stripBrackets(hp[1] as string) : entry;
  const port = hp ? (hp[2] as string) : '';
  if (!host) return undefined;
  const one = ipList(host);
  if (one) return { ip: true, match: (h, p) => inList(one, h) && (!port || port === p) };
  // foo.com matches foo.com and its subdomains; .foo.com and *.foo.com only subdomains.
  const bare = host.startsWith('*.') ? host.slice(1) : host;
  const suffix = bare.startsWith('.') ? bare : `.${bare}`;
  const matchHost = !bare.startsWith('.');
  return {
    match: (h, p) =>
      (h.endsWith(suffix) || (matchHost && h === suffix.slice(1))) && (!port || port === p),
  };
}

/** httpproxy's useProxy: false for localhost, loopback IPs and NO_PROXY matches. */
export function useEnvProxy(host: string, port: number, noProxy: string): boolean {
  const h = host.trim().toLowerCase();
  if (h === 'localhost' || (ipFamily(h) && isLoopback(h))) return false;
  const isIp = ipFamily(h) !== 0;
  for (const raw of noProxy.split(',')) {
    const m = noProxyMatcher(raw);
    if (m === 'all') return false;
    if (m && (!m.ip || isIp) && m.match(h, String(port))) return false;
  }
  return true;
}

/**
 * The proxy for a request to `target`: kubeconfig proxy-url wins (even for loopback; client-go
 * refuses a scheme other than http, https or socks5), else HTTPS_PROXY/https_proxy for https
 * servers or HTTP_PROXY/http_proxy for http ones, unless NO_PROXY/no_proxy or loopback exempts it.
 */
export function selectProxy(
  target: { scheme: 'https' | 'http'; host: string; port: number },
  proxyUrl: string | undefined,
  env: Record<string, string | undefined>,
): ProxySelection {
  if (proxyUrl) {
    const url = parseUrl(proxyUrl);
    if (!url) return { ok: false, detail: 'the kubeconfig proxy-url is not a valid URL' };
    if (!SCHEMES.has(schemeOf(url))) {
      return {
        ok: false,
        detail: `the kubeconfig proxy-url scheme "${schemeOf(url)}" is not http, https or socks5`,
      };
    }
    if (!url.hostname) return { ok: false, detail: 'the kubeconfig proxy-url has no host' };
    return { ok: true, proxy: choice(url, 'proxy-url') };
  }
  const names =
    target.scheme === 'https' ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy'];
  const found = envAny(env, names);
  const url = found && parseEnvProxy(found.value);
  // Go ignores a value it cannot parse, or one without a usable scheme or host.
  if (!found || !url || !SCHEMES.has(schemeOf(url)) || !url.hostname) return { ok: true };
  if (target.scheme === 'http' && env.REQUEST_METHOD) {
    return { ok: false, detail: `Go refuses ${found.name} in a CGI environment (REQUEST_METHOD)` };
  }
  const noProxy = envAny(env, ['NO_PROXY', 'no_proxy'])?.value ?? '';
  if (!useEnvProxy(target.host, target.port, noProxy)) return { ok: true };
  return { ok: true, proxy: choice(url, 'environment', found.name) };
}
