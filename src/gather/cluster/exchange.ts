/** One HTTP request on the transport's agent, with its phase tracked from socket events. */
import * as http from 'node:http';
import * as https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { TransportFailure } from '../../model/live.js';
import type { ServerParts } from './address.js';
import {
  classify,
  codeOf,
  timeoutFailure,
  TransportError,
  type FailureContext,
} from './classify.js';
import { ConnState, STATE, type Slots } from './agent.js';
import type { ProxyChoice } from './proxy.js';
import { altNamesOf, type Presented } from './tls-diagnose.js';

export type Exchange =
  | {
      ok: true;
      status: number;
      headers: Record<string, string>;
      body: Buffer;
      sentAt: Date;
      receivedAt: Date;
      durationMs: number;
      /** TLSv1.3, TLSv1.2…; absent for http://. */
      tlsVersion?: string;
    }
  | { ok: false; failure: TransportFailure; durationMs: number };

export interface Send {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** performance.now() when the request was asked for. */
  t0: number;
  server: ServerParts;
  agent: http.Agent;
  proxy?: ProxyChoice;
  /** An http:// server through an HTTP proxy: the request line carries the absolute URL. */
  forward: boolean;
  /** Aborted at the deadline, on cancellation and on close. */
  signal: AbortSignal;
  cancelled: () => boolean;
  now: () => Date;
  userAgent: string;
  maxBodyBytes: number;
  context: (ms: number) => FailureContext;
  /** The presented chain, read once per transport after a TLS failure. */
  diagnose: () => Promise<Presented>;
}

const RETRYABLE = new Set(['ECONNRESET', 'EPIPE']);

function flatHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = [v].flat().join(', ');
  return out;
}

function withPresented(f: TransportFailure, p: Presented, err: unknown, name: string) {
  if (f.kind !== 'tls') return f;
  const mismatch = f.problem === 'hostname-mismatch';
  const altNames =
    p.altNames ?? altNamesOf((err as { cert?: { subjectaltname?: string } })?.cert?.subjectaltname);
  return {
    ...f,
    ...(p.presented ? { presented: p.presented } : {}),
    ...(p.anchoredInKubeconfigCa !== undefined
      ? { anchoredInKubeconfigCa: p.anchoredInKubeconfigCa }
      : {}),
    ...(mismatch ? { altNames, checkedName: name } : {}),
  };
}

/** One attempt; 'retry' when a reused keep-alive socket turned out to be closed. */
function attempt(s: Send, mayRetry: boolean): Promise<Exchange | 'retry'> {
  return new Promise((resolve) => {
    const state = new ConnState(s.proxy ? 'proxy' : 'connect', s.now);
    const ms = () => performance.now() - s.t0;
    let settled = false;
    let answered = false;
    const finish = (ex: Exchange | 'retry') => {
      settled = true;
      s.signal.removeEventListener('abort', onAbort);
      if (ex === 'retry' || !ex.ok) req.destroy(); // a success leaves the socket to the pool
      resolve(ex);
    };
    const fail = (err: unknown) => {
      if (settled) return;
      if (mayRetry && req.reusedSocket && !answered && RETRYABLE.has(codeOf(err) ?? '')) {
        return finish('retry');
      }
      const durationMs = ms();
      const failure = classify(err, state.phase, s.context(durationMs));
      if (failure.kind !== 'tls') return finish({ ok: false, failure, durationMs });
      settled = true;
      req.destroy();
      s.diagnose().then(
        (p) =>
          finish({
            ok: false,
            failure: withPresented(failure, p, err, s.context(0).checkedName),
            durationMs,
          }),
        () => finish({ ok: false, failure, durationMs }),
      );
    };
    const onAbort = () => {
      if (settled) return;
      const failure = timeoutFailure(state.phase, s.context(ms()), s.cancelled());
      finish({ ok: false, failure, durationMs: ms() });
    };
    const auth =
      s.forward && s.proxy?.username !== undefined
        ? {
            'Proxy-Authorization': `Basic ${Buffer.from(`${s.proxy.username}:${s.proxy.password ?? ''}`).toString('base64')}`,
          }
        : {};
    const path = `${s.server.prefix}${s.path.startsWith('/') ? '' : '/'}${s.path}`;
    const options: http.RequestOptions & { [STATE]: ConnState } = {
      agent: s.agent,
      host: s.server.host,
      port: s.server.port,
      method: s.method,
      path: s.forward ? `http://${s.server.hostPort}${path}` : path,
      headers: {
        'User-Agent': s.userAgent,
        ...s.headers,
        ...auth,
        ...(s.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(s.body)) } : {}),
      },
      [STATE]: state,
    };
    const req = (s.server.scheme === 'https' ? https : http).request(options, (res) => {
      answered = true;
      state.setPhase('response');
      const receivedAt = s.now();
      const limit = s.maxBodyBytes;
      const tooLarge = (n: string) =>
        new TransportError(
          'BODY_TOO_LARGE',
          `${s.server.hostPort} sent a response body of ${n} bytes, over the limit of ${limit}`,
        );
      const declared = Number(res.headers['content-length']);
      if (declared > limit) return fail(tooLarge(String(declared)));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) fail(tooLarge(`more than ${limit}`));
        else chunks.push(chunk);
      });
      res.once('error', fail);
      res.once('close', () => {
        if (!res.complete) fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      });
      res.once('end', () => {
        if (settled) return;
        finish({
          ok: true,
          status: res.statusCode ?? 0,
          headers: flatHeaders(res.headers),
          body: Buffer.concat(chunks),
          sentAt: state.sentAt ?? receivedAt,
          receivedAt,
          durationMs: ms(),
          ...(state.tlsVersion ? { tlsVersion: state.tlsVersion } : {}),
        });
      });
    });
    req.once('socket', () => {
      if (req.reusedSocket) state.setPhase('response');
    });
    req.on('error', fail);
    s.signal.addEventListener('abort', onAbort, { once: true });
    if (s.signal.aborted) return onAbort();
    req.end(s.body);
  });
}

export async function sendRequest(s: Send, slots: Slots): Promise<Exchange> {
  if (!(await slots.acquire(s.signal))) {
    const failure = timeoutFailure(
      s.proxy ? 'proxy' : 'connect',
      s.context(performance.now() - s.t0),
      s.cancelled(),
    );
    return { ok: false, failure, durationMs: performance.now() - s.t0 };
  }
  try {
    const first = await attempt(s, true);
    return first === 'retry' ? ((await attempt(s, false)) as Exchange) : first;
  } finally {
    setImmediate(() => slots.release()); // lets the agent pool the socket first
  }
}
