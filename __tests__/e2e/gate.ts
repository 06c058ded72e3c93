/** Runs the bundled action against the live cluster as the runner would, and reads what it wrote. */
import { expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { Cluster } from '../helpers/cluster.js';
import { writesByGate } from '../helpers/cluster/audit.js';
import {
  expectNoLeak,
  pathWithoutKubectl,
  runActionAsync,
  type ActionRun,
} from '../helpers/runner.js';
import { schemaErrors } from '../helpers/schema.js';

export { expectNoLeak } from '../helpers/runner.js';

export interface GateRun extends ActionRun {
  elapsedMs: number;
  ids: string[];
  /** The top-ranked cause of the first context's diagnosis. */
  topCause?: string;
  causes: string[];
}

interface Report {
  contexts?: { diagnosis?: { causes: { id: string }[] }; live?: unknown }[];
}

/** The client key and tokens a kubeconfig (as these tests write it) carries. */
function kubeconfigSecrets(kubeconfig: string): string[] {
  const key = /client-key-data: (\S+)/.exec(kubeconfig)?.[1];
  const tokens = [...kubeconfig.matchAll(/^\s+(?:token|id-token|refresh-token): "?([^"\s]+)"?$/gm)];
  return [
    ...(key ? [Buffer.from(key, 'base64').toString()] : []),
    ...tokens.map((m) => m[1] as string),
  ];
}

/**
 * The gate on a kubeconfig (content), without kubectl on PATH unless asked. Every run is checked:
 * its report matches the schema, nothing reaches stderr, and the kubeconfig's key and token
 * appear nowhere in what it wrote (and were masked).
 */
export async function gate(
  kubeconfig: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<GateRun> {
  const run = await runActionAsync(
    { kubeconfig, timeout: '10s', 'warn-within': '5m', ...inputs },
    { PATH: pathWithoutKubectl(), ...env },
  );
  if (run.report) expect(schemaErrors(run.report)).toEqual([]);
  expect(run.stderr).toBe('');
  const secrets = kubeconfigSecrets(kubeconfig);
  if (secrets.length) expectNoLeak(run, secrets);
  const causes =
    (run.report as Report | undefined)?.contexts?.[0]?.diagnosis?.causes.map((c) => c.id) ?? [];
  return {
    ...run,
    ids: [...new Set((run.report?.findings ?? []).map((f) => f.id))].sort(),
    ...(causes[0] ? { topCause: causes[0] } : {}),
    causes,
  };
}

/** libfaketime, to run the gate on a runner whose clock is really off (installed by .ci/run). */
export const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

export function skewedClock(offset: string): Record<string, string> {
  if (!existsSync(FAKETIME_LIB))
    throw new Error(`${FAKETIME_LIB} missing: apt-get install faketime`);
  return { LD_PRELOAD: FAKETIME_LIB, FAKETIME: offset, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
}

/**
 * The apiserver's audit log: the gate made requests, and nothing but reads and SelfSubject*Review
 * creates (cluster.stop() checks the same over the whole file's run).
 */
export function expectReadOnly(cluster: Cluster, atLeast: number): void {
  const events = cluster.auditEvents();
  const ours = events.filter((e) => e.userAgent?.startsWith('kube-preflight/'));
  expect(ours.length).toBeGreaterThanOrEqual(atLeast);
  expect(writesByGate(events)).toEqual([]);
}
