/** Shared set-up for transport tests: servers closed after the file, transports after each test. */
import { afterAll, afterEach } from '@jest/globals';
import {
  createTransport,
  type Transport,
  type TransportOptions,
} from '../../src/gather/cluster/transport.js';
import type { Running } from './net-faults.js';

export interface TransportKit {
  /** Keeps a started server, to close it after the file. */
  up<T extends Running>(s: Promise<T>): Promise<T>;
  /** A transport with test defaults (3 s deadline, real clock), closed after each test. */
  transport(o: Partial<TransportOptions> & { server: string }): Transport;
}

/** Call at the top of a test file: it registers the afterAll/afterEach hooks. */
export function useTransports(defaults: Partial<TransportOptions> = {}): TransportKit {
  const servers: Running[] = [];
  const open: Transport[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));
  afterEach(() => open.splice(0).forEach((t) => t.close()));
  return {
    async up(s) {
      const started = await s;
      servers.push(started);
      return started;
    },
    transport(o) {
      const t = createTransport({
        env: {},
        deadline: Date.now() + 3000,
        now: () => new Date(),
        userAgent: 'kube-preflight/test',
        ...defaults,
        ...o,
      });
      open.push(t);
      return t;
    },
  };
}
