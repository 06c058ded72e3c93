/**
 * AWS calls through the runner's proxy. The AWS CLI honours HTTPS_PROXY and NO_PROXY; the SDK for
 * JavaScript reads neither, so on a runner whose only way out is a proxy STS and EKS would look
 * unreachable to the gate while the deploy's own `aws` commands work. Endpoints are https: each
 * connection is tunnelled with CONNECT (or SOCKS5) unless NO_PROXY exempts its host, by the same
 * rules as the API server's connections (src/gather/cluster/proxy.ts).
 */
import * as https from 'node:https';
import type { Socket } from 'node:net';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import { defaultLookup, sniOf } from '../cluster/address.js';
import { dial, startTls } from '../cluster/dial.js';
import { TransportError } from '../cluster/classify.js';
import { selectProxy, type ProxyChoice } from '../cluster/proxy.js';

/** A new agent for one client (each client's destroy() ends its own agent), or undefined. */
export type AwsProxy = () => https.Agent | undefined;

/**
 * Its agents are undefined when no https proxy is set: the SDK's own agent is used then. Tunnels
 * still opening at `deadline` (epoch ms, whole) are abandoned.
 */
export function awsProxy(env: Record<string, string | undefined>, deadline: number): AwsProxy {
  if (!env.HTTPS_PROXY && !env.https_proxy) return () => undefined;
  return () => proxyAgent(env, AbortSignal.timeout(Math.max(1, deadline - Date.now())));
}

function proxyAgent(env: Record<string, string | undefined>, signal: AbortSignal): https.Agent {
  const agent = new https.Agent({ keepAlive: true });
  const direct = agent.createConnection.bind(agent);
  agent.createConnection = (options, cb) => {
    const host = String(options.host ?? 'localhost');
    const port = Number(options.port ?? 443);
    const chosen = selectProxy({ scheme: 'https', host, port }, undefined, env);
    const proxy = chosen.ok ? chosen.proxy : undefined;
    if (!proxy) return direct(options, cb);
    const sockets: (Socket | TLSSocket)[] = [];
    const track = (s: Socket | TLSSocket) => sockets.push(s);
    // An https:// proxy is checked under its own name, with the system roots.
    const proxyTls = { host: proxy.host, ...sniOf(proxy.host) };
    const ctx = { lookup: defaultLookup, proxy, proxyTls, signal, track };
    dial(ctx, host, port, 'tunnel', 'tls', () => {}).then(
      (raw) => {
        const socket = startTls(raw, { ...(options as ConnectionOptions), host }, track);
        socket.once('close', () => sockets.forEach((s) => s.destroy()));
        cb?.(null, socket);
      },
      (err: Error & { code?: string }) => {
        sockets.forEach((s) => s.destroy());
        cb?.(proxyError(err, proxy), undefined as unknown as Socket);
      },
    );
    return undefined; // the socket comes through cb
  };
  return agent;
}

/** The failure, naming the proxy (its URL carries no credentials): the findings show it. */
function proxyError(err: Error & { code?: string }, proxy: ProxyChoice): Error {
  const { url, variable } = proxy.facts;
  const from = variable ? ` (${variable})` : '';
  const message =
    err instanceof TransportError
      ? `the proxy ${url}${from} ${err.message.replace(/^it /, '')}`
      : `${err.message} (the proxy ${url}${from})`;
  return Object.assign(new Error(message), { name: 'ProxyError', code: err.code });
}

/** The SDK client setting that sends its requests through `proxy`, if there is one. */
export function viaProxy(proxy: AwsProxy | undefined): {
  requestHandler?: { httpsAgent: https.Agent };
} {
  const httpsAgent = proxy?.();
  return httpsAgent ? { requestHandler: { httpsAgent } } : {};
}
