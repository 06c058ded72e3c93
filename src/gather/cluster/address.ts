/** The server URL's parts, name resolution and what kind of network an address lies on. */
import { promises as dns, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { AddressClass } from '../../model/live.js';
import { trimEndOf } from '../../model/text.js';

export type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;

export interface ServerParts {
  scheme: 'https' | 'http';
  /** Lower-case host name or IP literal, without IPv6 brackets. */
  host: string;
  port: number;
  /** The URL's own path, without a trailing slash ('' or '/k8s/clusters/c-1'). */
  prefix: string;
  /** host:port for messages, IPv6 in brackets. */
  hostPort: string;
  /** The server URL without any user:password. */
  display: string;
}

/** Splits a kubeconfig server URL; undefined when it is not an absolute http(s) URL. */
export function parseServer(server: string): ServerParts | undefined {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const host = stripBrackets(url.hostname).replace(/\.$/, '');
  if (!host) return undefined;
  const port = url.port ? Number(url.port) : scheme === 'https' ? 443 : 80;
  url.username = '';
  url.password = '';
  return {
    scheme,
    host,
    port,
    prefix: trimEndOf(url.pathname, '/'),
    hostPort: joinHostPort(host, port),
    display: url.toString().replace(/\/$/, ''),
  };
}

export const stripBrackets = (h: string): string =>
  h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;

export const joinHostPort = (host: string, port: number | string): string =>
  `${host.includes(':') ? `[${host}]` : host}:${port}`;

/** 4 or 6 for an IP literal (an IPv6 zone is allowed), else 0. */
export function ipFamily(host: string): 0 | 4 | 6 {
  return isIP(host.replace(/%.*$/, '')) as 0 | 4 | 6;
}

/** The TLS servername option for `name`: none for an IP address (SNI carries host names only). */
export const sniOf = (name: string): { servername?: string } =>
  ipFamily(name) ? {} : { servername: name };

function blockList(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [net = '', bits] = cidr.split('/');
    list.addSubnet(net, Number(bits), isIP(net) === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

const CIDRS: [AddressClass, string[]][] = [
  // 0.0.0.0 and :: reach this machine on Linux, as kind-style kubeconfigs sometimes rely on.
  ['loopback', ['127.0.0.0/8', '::1/128', '0.0.0.0/32', '::/128']],
  ['private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7']],
  ['link-local', ['169.254.0.0/16', 'fe80::/10']],
];

/** Built on first use: BlockLists cost milliseconds at start-up, and offline runs need none. */
let classes: [AddressClass, BlockList][] | undefined;

/** Whether an IP literal lies in a BlockList (IPv4-mapped IPv6 addresses match IPv4 rules). */
export function inList(list: BlockList, ip: string): boolean {
  const family = ipFamily(ip);
  if (family === 0) return false;
  try {
    return list.check(ip.replace(/%.*$/, ''), family === 6 ? 'ipv6' : 'ipv4');
  } catch {
    return false;
  }
}

export function addressClass(ip: string): AddressClass {
  if (ipFamily(ip) === 0) return 'unknown';
  classes ??= CIDRS.map(([cls, cidrs]) => [cls, blockList(cidrs)]);
  return classes.find(([, list]) => inList(list, ip))?.[0] ?? 'public';
}

/** The class of a name's addresses: the first address decides, as it is tried first. */
export function classOfAll(addresses: string[]): AddressClass {
  return addresses[0] === undefined ? 'unknown' : addressClass(addresses[0]);
}

export const isLoopback = (ip: string): boolean => addressClass(ip) === 'loopback';

/** A resolver error shaped like Node's (code ENOTFOUND, hostname). */
function notFound(host: string): Error {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), {
    code: 'ENOTFOUND',
    hostname: host,
  });
}

/**
 * dns.lookup with RFC 6761 names answered locally: `.invalid` never resolves and `localhost`
 * is loopback, so neither sends a query. IP literals are returned as they are.
 */
export const defaultLookup: Lookup = async (host) => {
  const name = host.toLowerCase().replace(/\.$/, '');
  const family = ipFamily(name);
  if (family) return [{ address: name, family }];
  if (name === 'invalid' || name.endsWith('.invalid')) throw notFound(host);
  if (name === 'localhost' || name.endsWith('.localhost')) {
    return [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ];
  }
  const found: LookupAddress[] = await dns.lookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family }));
};

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Adapts a Lookup to net.connect's `lookup` option, which asks for all addresses when Node's
 * happy-eyeballs (autoSelectFamily) is on and for one address otherwise.
 */
export function netLookup(lookup: Lookup) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    lookup(host).then(
      (found) => {
        if (found.length === 0) return callback(notFound(host), '', 0);
        if (options.all) return callback(null, found);
        const first = found[0] as LookupAddress;
        callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

/** A lookup that gives up when `signal` aborts (the query itself cannot be cancelled). */
export async function resolveHost(
  host: string,
  lookup: Lookup,
  signal: AbortSignal,
): Promise<{ address: string; family: number }[] | { error: unknown } | 'aborted'> {
  if (signal.aborted) return 'aborted';
  let onAbort = () => {};
  const aborted = new Promise<'aborted'>((resolve) => (onAbort = () => resolve('aborted')));
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const found = await Promise.race([lookup(host), aborted]);
    if (found !== 'aborted' && found.length === 0) return { error: notFound(host) };
    return found;
  } catch (error) {
    return { error };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
