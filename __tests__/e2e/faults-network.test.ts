/**
 * Fault injection, network: the bundled action against loopback servers that fail in one precise
 * way each (net-faults.ts). No apiserver is needed: the kubeconfig carries a CA and a client
 * certificate of the test PKI, and the TLS servers present a leaf of that CA for 127.0.0.1.
 * Each row ends in cluster/unreachable with its reason, phase and likely cause, within the budget.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  blackHole,
  dripServer,
  resetServer,
  silentTcp,
  type Running,
} from '../helpers/net-faults.js';
import { clusterKubeconfig } from '../helpers/cluster/kubeconfig.js';
import { makeCA, makeCert } from '../helpers/pki.js';
import { bound, expectFault } from './faults.js';
import { gate } from './gate.js';

const ca = makeCA({ cn: 'kubernetes' });
const leaf = makeCert({ cn: 'kube-apiserver', issuer: ca, usage: 'server', sans: ['127.0.0.1'] });
const user = makeCert({ cn: 'ci-deployer', issuer: ca, usage: 'client' });
const pair = { cert: leaf.certPem, key: leaf.keyPem };

const kubeconfig = (server: string): string => clusterKubeconfig(server, ca.certPem, user);

const servers: Running[] = [];
const serve = async <T extends Running>(s: Promise<T>): Promise<T> => {
  const running = await s;
  servers.push(running);
  return running;
};
let hole: Running & { verified: boolean };
beforeAll(async () => {
  hole = await serve(blackHole());
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const TIMEOUT_MS = 2000;
/**
 * A fault that only ends by the budget must have waited for it: the live checks get the budget
 * less min(500 ms, 10 %) (src/gather/index.ts liveDeadline), so at least 90 % of it.
 */
const WAITED_MS = TIMEOUT_MS * 0.9 - 20;

interface Row {
  fault: string;
  server: () => Promise<string>;
  evidence: Record<string, unknown>;
  /** The run ends by the budget (timeouts), not at once. */
  waits: boolean;
}

const rows: Row[] = [
  {
    fault: 'a black-holed port (SYNs dropped)',
    server: async () => {
      expect(hole.verified).toBe(true); // the accept queue really is full: connect() hangs
      return hole.url;
    },
    evidence: {
      reason: 'timeout',
      phase: 'connect',
      code: 'ETIMEDOUT',
      likelyCause: 'local-listener-stuck',
    },
    waits: true,
  },
  {
    fault: 'a server that accepts TCP and never answers TLS',
    server: async () => (await serve(silentTcp())).url,
    evidence: { reason: 'timeout', phase: 'tls', likelyCause: 'not-an-apiserver' },
    waits: true,
  },
  {
    fault: 'a server that drips its response one byte every 20 ms',
    server: async () => (await serve(dripServer({ ...pair, everyMs: 20 }))).url,
    evidence: { reason: 'timeout', phase: 'response', likelyCause: 'apiserver-not-answering' },
    waits: true,
  },
  {
    fault: 'a server that resets the connection mid-response',
    server: async () => (await serve(resetServer({ ...pair, at: 'response' }))).url,
    evidence: {
      reason: 'reset',
      phase: 'response',
      code: 'ECONNRESET',
      likelyCause: 'connection-reset',
    },
    waits: false,
  },
  {
    fault: 'an unresolvable host (.invalid: fails without a DNS query)',
    server: async () => 'https://kube.cluster.invalid:6443',
    evidence: { reason: 'dns', phase: 'dns', code: 'ENOTFOUND', likelyCause: 'placeholder-host' },
    waits: false,
  },
];

describe(`faults, network: cluster/unreachable within ${bound(TIMEOUT_MS)} ms (timeout 2s)`, () => {
  it.each(rows.map((r) => [r.fault, r] as const))('%s', async (_, row) => {
    const server = await row.server();
    const run = await gate(kubeconfig(server), { timeout: '2s' });
    const finding = expectFault(run, {
      ids: ['cluster/unreachable'],
      id: 'cluster/unreachable',
      evidence: { ...row.evidence, server },
      code: 1,
      timeoutMs: TIMEOUT_MS,
      ...(row.waits ? { atLeastMs: WAITED_MS } : {}),
    });
    expect(run.topCause).toBe(row.evidence.likelyCause);
    expect(finding.severity).toBe('error');
    // Faults that do not need the budget end well before it.
    if (!row.waits) expect(run.elapsedMs).toBeLessThan(TIMEOUT_MS);
  });
});
