/** The keep-alive agent whose connections go through dial(), and the bookkeeping around it. */
import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';
import type { ConnectionOptions } from 'node:tls';
import type { Phase } from '../../model/live.js';
import { dial, startTls, type DialContext } from './dial.js';

export const MAX_SOCKETS = 8;

/** Request-option key under which the agent's createConnection finds the request's ConnState. */
export const STATE = Symbol('kube-preflight.connection');

/** How far one request's connection got; createConnection moves it along. */
export class ConnState {
  sentAt?: Date;
  tlsVersion?: string;
  constructor(
    public phase: Phase,
    private readonly now: () => Date,
  ) {}
  setPhase(phase: Phase): void {
    this.phase = phase;
    // The request goes out as soon as the connection is ready: that is when it is "sent".
    if (phase === 'response') this.sentAt ??= this.now();
  }
  secured(tlsVersion: string | undefined): void {
    if (tlsVersion) this.tlsVersion = tlsVersion;
    this.setPhase('response');
  }
}

/** A counting semaphore: at most `n` requests on the wire, so they share the agent's sockets. */
export class Slots {
  private waiters: (() => void)[] = [];
  constructor(private free: number) {}
  acquire(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const go = () => {
        signal.removeEventListener('abort', stop);
        resolve(true);
      };
      const stop = () => {
        this.waiters = this.waiters.filter((w) => w !== go);
        resolve(false);
      };
      this.waiters.push(go);
      signal.addEventListener('abort', stop, { once: true });
    });
  }
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.free++;
  }
}

export interface AgentSetup {
  scheme: 'https' | 'http';
  host: string;
  port: number;
  dial: DialContext;
  /** An http:// server through an HTTP proxy: connections end at the proxy. */
  forward: boolean;
  /** Options for TLS to the server (context, verification, servername, host to check). */
  tls: ConnectionOptions;
  track: (socket: Duplex) => void;
}

/**
 * A keep-alive agent (maxSockets 8: version, whoami and a few reviews all in one round trip) whose createConnection dials directly or through the proxy,
 * then does TLS, moving the requesting ConnState through its phases.
 */
export function makeAgent(a: AgentSetup): http.Agent {
  const options = { keepAlive: true, maxSockets: MAX_SOCKETS };
  const agent = a.scheme === 'https' ? new https.Agent(options) : new http.Agent(options);
  const next: Phase = a.scheme === 'https' ? 'tls' : 'response';
  agent.createConnection = (reqOptions, cb) => {
    const state = (reqOptions as { [STATE]?: ConnState })[STATE];
    const onPhase = (p: Phase) => state?.setPhase(p);
    dial(a.dial, a.host, a.port, a.forward ? 'forward' : 'tunnel', next, onPhase).then(
      (raw) => {
        if (next === 'response') return cb?.(null, raw);
        const socket = startTls(raw, a.tls, a.track);
        socket.once('secureConnect', () => state?.secured(socket.getProtocol() ?? undefined));
        cb?.(null, socket);
      },
      (err: Error) => cb?.(err, undefined as unknown as Duplex),
    );
    return undefined; // the stream comes through cb
  };
  return agent;
}
