/**
 * HTTP(S) to a kube-apiserver the way kubectl would reach it (CA, tls-server-name, client
 * certificate, proxy), where every request ends by the deadline with a precise failure.
 */
import { setMaxListeners } from 'node:events';
import type * as http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import type { EndpointFacts, TransportFailure } from '../../model/live.js';
import {
  addressClass,
  classOfAll,
  defaultLookup,
  ipFamily,
  sniOf,
  parseServer,
  resolveHost,
  type Lookup,
} from './address.js';
import { classify, timeoutFailure, type FailureContext } from './classify.js';
import { dial, startTls, type DialContext } from './dial.js';
import { makeAgent, MAX_SOCKETS, Slots } from './agent.js';
import { sendRequest, type Exchange } from './exchange.js';
import { selectProxy } from './proxy.js';
import { goCheckServerIdentity, readPresentedChain, secureContextOf } from './tls-diagnose.js';

export type { Exchange } from './exchange.js';
export type { Lookup } from './address.js';

export interface TransportOptions {
  /** kubeconfig cluster.server: https://127.0.0.1:6443 or https://host/k8s/clusters/c-1. */
  server: string;
  /** The kubeconfig CA bundle (PEM); when given only it is trusted, as in Go. */
  ca?: string;
  insecure?: boolean;
  /** tls-server-name: the SNI and the name the certificate is checked against. */
  serverName?: string;
  /** Client certificate and key (PEM), sent only when the server asks for one. */
  cert?: string;
  key?: string;
  /** kubeconfig proxy-url (http, https or socks5). */
  proxyUrl?: string;
  /** For HTTPS_PROXY, HTTP_PROXY, NO_PROXY and their lower-case forms. */
  env: Record<string, string | undefined>;
  /** Wall-clock epoch ms (Date.now()) by which every request has ended. */
  deadline: number;
  signal?: AbortSignal;
  /** The clock that stamps sentAt/receivedAt (clock skew is computed from them). */
  now: () => Date;
  userAgent: string;
  /** Name resolution; default dns.lookup, with `.invalid` and `localhost` answered locally. */
  lookup?: Lookup;
  /** Largest response body accepted; default 8 MiB. */
  maxBodyBytes?: number;
}

export type EndpointResult =
  | { ok: true; endpoint: EndpointFacts }
  | { ok: false; endpoint: EndpointFacts; failure: TransportFailure };

export interface Transport {
  /** Resolves the host once (cached): the endpoint facts, or the DNS failure. */
  endpoint(): Promise<EndpointResult>;
  request(
    method: string,
    path: string,
    opts?: { headers?: Record<string, string>; body?: string },
  ): Promise<Exchange>;
  /** Destroys every socket and timer, so the process can exit at once. */
  close(): void;
}

type Ended = 'deadline' | 'cancelled' | 'closed';

export function createTransport(o: TransportOptions): Transport {
  const parts = parseServer(o.server);
  const host = parts?.host ?? '';
  const port = parts?.port ?? 0;
  const life = new AbortController();
  setMaxListeners(0, life.signal); // one listener per request in flight
  const sockets = new Set<Duplex>();
  const track = (s: Duplex) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  };
  let ended: Ended | undefined;
  let agent: http.Agent | undefined;
  const end = (why: Ended) => {
    if (ended) return;
    ended = why;
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', cancel);
    life.abort(); // in-flight requests record their phase first: listeners run synchronously
    agent?.destroy();
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const cancel = () => end('cancelled');
  const timer = setTimeout(() => end('deadline'), Math.min(2 ** 31 - 1, o.deadline - Date.now()));
  timer.unref(); // ref'd only while requests are in flight
  o.signal?.addEventListener('abort', cancel, { once: true });

  const selection = parts ? selectProxy(parts, o.proxyUrl, o.env) : undefined;
  const proxy = selection?.ok ? selection.proxy : undefined;
  const context = secureContextOf(o);
  const problemText = !parts
    ? 'the server URL is not an absolute http(s) URL'
    : selection && !selection.ok
      ? selection.detail
      : typeof context === 'string'
        ? context
        : undefined;
  const problem: TransportFailure | undefined = problemText
    ? { kind: 'client-config', detail: `${problemText}.` }
    : undefined;
  const checkedName = o.serverName || host;
  const tlsOptions = {
    ...(typeof context === 'string' ? {} : { secureContext: context }),
    rejectUnauthorized: !o.insecure,
    checkServerIdentity: goCheckServerIdentity,
    ALPNProtocols: ['http/1.1'],
  };
  const rawLookup = o.lookup ?? defaultLookup;
  let resolved: { address: string; family: number }[] | undefined;
  // Go dials an https proxy with the cluster's TLS config, tls-server-name included.
  const proxyName = o.serverName || proxy?.host || '';
  const dctx: DialContext = {
    lookup: (h) => (h === host && resolved ? Promise.resolve(resolved) : rawLookup(h)),
    ...(proxy ? { proxy } : {}),
    proxyTls: { ...tlsOptions, host: proxyName, ...sniOf(proxyName) },
    signal: life.signal,
    track,
  };
  const forward = parts?.scheme === 'http' && !!proxy && proxy.scheme !== 'socks5';

  if (parts) {
    const tls = { ...tlsOptions, host: checkedName, ...sniOf(checkedName) };
    agent = makeAgent({ scheme: parts.scheme, host, port, dial: dctx, forward, tls, track });
  }

  const failureContext = (ms: number): FailureContext => ({
    hostPort: parts?.hostPort ?? 'the server',
    ...(proxy ? { proxy: proxy.facts.url.replace(/^[a-z0-9]+:\/\//, '') } : {}),
    ms,
    caGiven: o.ca !== undefined,
    checkedName,
  });

  async function resolveEndpoint(): Promise<EndpointResult> {
    const t0 = performance.now();
    const endpoint: EndpointFacts = {
      server: parts?.display ?? o.server.replace(/\/\/[^/@]*@/, '//'),
      host,
      port,
      ...(o.serverName ? { serverName: o.serverName } : {}),
      addresses: [],
      addressClass: 'unknown',
      ...(proxy ? { proxy: proxy.facts } : {}),
      insecure: o.insecure === true,
    };
    if (problem) return { ok: false, endpoint, failure: problem };
    if (ipFamily(host)) {
      return {
        ok: true,
        endpoint: { ...endpoint, addresses: [host], addressClass: addressClass(host) },
      };
    }
    if (proxy) return { ok: true, endpoint }; // the proxy resolves the name, we do not
    const settled = await resolveHost(host, rawLookup, life.signal);
    const ms = performance.now() - t0;
    if (settled === 'aborted') {
      const failure = timeoutFailure('dns', failureContext(ms), ended !== 'deadline');
      return { ok: false, endpoint, failure };
    }
    if (!Array.isArray(settled)) {
      return { ok: false, endpoint, failure: classify(settled.error, 'dns', failureContext(ms)) };
    }
    resolved = settled;
    const addresses = settled.map((a) => a.address);
    return { ok: true, endpoint: { ...endpoint, addresses, addressClass: classOfAll(addresses) } };
  }
  let endpointResult: Promise<EndpointResult> | undefined;
  const endpoint = () => (endpointResult ??= resolveEndpoint());

  // After a TLS failure: the presented chain, read once per transport over a new connection
  // that verifies nothing and trusts nothing (so the chain holds only what the server sent).
  let presented: ReturnType<typeof readPresentedChain> | undefined;
  const diagnose = () =>
    (presented ??= dial(dctx, host, port, 'tunnel', 'tls', () => {}).then(
      (raw) => {
        const options = { rejectUnauthorized: false, ca: [], ...sniOf(checkedName) };
        return readPresentedChain(startTls(raw, options, track), o.ca, life.signal);
      },
      () => ({}),
    ));

  const slots = new Slots(MAX_SOCKETS);
  let inflight = 0;
  if (o.signal?.aborted) cancel();
  return {
    endpoint,
    async request(method, path, ro = {}) {
      const t0 = performance.now();
      if (problem || !parts || !agent) {
        const failure = problem ?? { kind: 'client-config', detail: 'no usable server URL.' };
        return { ok: false, failure, durationMs: 0 };
      }
      if (inflight++ === 0) timer.ref(); // the deadline must fire even if nothing else is pending
      try {
        const ep = proxy ? undefined : await endpoint();
        if (ep && !ep.ok)
          return { ok: false, failure: ep.failure, durationMs: performance.now() - t0 };
        const send = {
          method,
          path,
          ...ro,
          t0,
          server: parts,
          agent,
          ...(proxy ? { proxy } : {}),
          forward,
          signal: life.signal,
          cancelled: () => ended !== 'deadline',
          now: o.now,
          userAgent: o.userAgent,
          maxBodyBytes: o.maxBodyBytes ?? 8 * 1024 * 1024,
          context: failureContext,
          diagnose,
        };
        return await sendRequest(send, slots);
      } finally {
        if (--inflight === 0) timer.unref();
      }
    },
    close: () => end('closed'),
  };
}
