/**
 * Fault injection, AWS: the bundled gate on an EKS context (the real apiserver, a client
 * certificate) while the AWS endpoint (moto behind AwsFront) fails: STS answering 500 and
 * throttling, the EKS API throttling. The SDK's retries must be bounded (the front counts exactly
 * maxAttempts requests: 2 for STS, src/gather/aws/caller.ts; 3 for EKS, eks-api.ts) and end in
 * the specific finding; one throttle answered by the retry leaves no finding. Spacing: the 500
 * asks for Retry-After: 1 and the retry waits for it; throttling backoff is full jitter (random
 * from 0), so those rows hold each wait to the SDK's cap (1 s, then 2 s) instead.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createEksCluster } from '../helpers/aws-front.js';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { Moto, type Session } from '../helpers/moto.js';
import { b64 } from '../helpers/pki.js';
import { bound, expectFault } from './faults.js';
import { expectNoLeak, expectReadOnly, gate } from './gate.js';

let cluster: Cluster;
let moto: Moto;
let session: Session;
const CONTEXT = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';

beforeAll(async () => {
  [cluster, moto] = await Promise.all([startCluster(), Moto.start()]);
  await cluster.grant({
    user: 'ci',
    namespace: 'kube-system',
    rules: [
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['aws-auth'], verbs: ['get'] },
    ],
  });
}, 120_000);
beforeEach(async () => {
  await moto.reset();
  await createEksCluster(moto, 'prod', {
    endpoint: cluster.server,
    certificateAuthority: { data: b64(cluster.ca.certPem) },
  });
  session = await moto.assumeRole((await moto.createRole('deploy')).arn, 'GitHubActions');
}, 30_000);
afterAll(async () => Promise.all([cluster?.stop(), moto?.stop()]), 30_000);

const kubeconfig = () => cluster.kubeconfig(cluster.clientCert('ci')).replace(/\btest\b/g, CONTEXT);
const TIMEOUT_MS = 10_000;
const run = async () => {
  const r = await gate(kubeconfig(), { timeout: '10s' }, moto.env(session));
  expectNoLeak(r, [session.secretAccessKey, session.sessionToken]);
  return r;
};
/** When the front received each request for `action`. */
const arrivals = (action: string) =>
  moto.front.received.filter((r) => r.action === action).map((r) => r.at);
const gaps = (at: number[]) => at.slice(1).map((t, i) => t - (at[i] as number));

/** Slack on a retry's spacing for the round trip and a busy event loop. */
const SLACK_MS = 300;

interface Row {
  fault: string;
  inject: () => void;
  action: string;
  /** maxAttempts of that client in src/gather/aws. */
  attempts: number;
  ids: string[];
  id?: string;
  evidence?: Record<string, unknown>;
  message?: RegExp;
  /** Exit code: aws/sts-unreachable is an error, eks/api-unavailable a warning. */
  code: 0 | 1;
  /** The spacing of consecutive attempts: each within [min, max] ms. */
  spacing: [number, number][];
}

const rows: Row[] = [
  {
    fault: 'STS answers 500 InternalFailure (Retry-After: 1)',
    inject: () => moto.front.fail('sts:GetCallerIdentity', 500, 100, 1),
    action: 'sts:GetCallerIdentity',
    attempts: 2,
    ids: ['aws/sts-unreachable'],
    id: 'aws/sts-unreachable',
    code: 1,
    evidence: { code: 'InternalFailure', status: 500, region: 'eu-west-1' },
    message:
      /GetCallerIdentity in eu-west-1 failed \(InternalFailure, HTTP 500: The request processing/,
    // The SDK waits as long as the server asks (up to its backoff + 5 s): one second here.
    spacing: [[950, 1000 + SLACK_MS]],
  },
  {
    fault: 'STS throttles every call',
    inject: () => moto.front.throttle('sts:GetCallerIdentity', 100),
    action: 'sts:GetCallerIdentity',
    attempts: 2,
    ids: ['aws/sts-unreachable'],
    id: 'aws/sts-unreachable',
    code: 1,
    evidence: { code: 'Throttling', status: 400, region: 'eu-west-1' },
    message: /failed \(Throttling, HTTP 400: Rate exceeded\)/,
    // Throttling backoff with full jitter: random in [0, 1 s) before the retry.
    spacing: [[0, 1000 + SLACK_MS]],
  },
  {
    fault: 'STS throttles once (the retry gets the answer: no finding)',
    inject: () => moto.front.throttle('sts:GetCallerIdentity', 1),
    action: 'sts:GetCallerIdentity',
    attempts: 2,
    ids: [],
    code: 0,
    spacing: [[0, 1000 + SLACK_MS]],
  },
  {
    fault: 'the EKS API throttles DescribeCluster',
    inject: () => moto.front.throttle('eks:DescribeCluster', 100),
    action: 'eks:DescribeCluster',
    attempts: 3,
    ids: ['eks/api-unavailable'],
    id: 'eks/api-unavailable',
    code: 0,
    evidence: {
      cluster: 'prod',
      calls: ['eks:DescribeCluster'],
      errors: ['ThrottlingException: Rate exceeded'],
    },
    message: /EKS throttled eks:DescribeCluster: ThrottlingException after 3 attempts/,
    // Full jitter, doubling: [0, 1 s), then [0, 2 s).
    spacing: [
      [0, 1000 + SLACK_MS],
      [0, 2000 + SLACK_MS],
    ],
  },
];

describe(`faults, AWS: bounded retries, then the finding (within ${bound(TIMEOUT_MS)} ms)`, () => {
  it('the healthy baseline: no finding, one GetCallerIdentity, one DescribeCluster', async () => {
    const r = await run();
    expect(r.ids).toEqual([]);
    expect(r.code).toBe(0);
    expect(arrivals('sts:GetCallerIdentity')).toHaveLength(1);
    expect(arrivals('eks:DescribeCluster')).toHaveLength(1);
  });

  it.each(rows.map((r) => [r.fault, r] as const))('%s', async (_, row) => {
    row.inject();
    const r = await run();
    const finding = expectFault(r, { ...row, timeoutMs: TIMEOUT_MS });
    if (row.message) expect(finding.message).toMatch(row.message);
    // Bounded: exactly maxAttempts requests, then it gave up (or had its answer).
    const at = arrivals(row.action);
    expect(at).toHaveLength(row.attempts);
    gaps(at).forEach((gap, i) => {
      const [min, max] = row.spacing[i] as [number, number];
      expect(gap).toBeGreaterThanOrEqual(min);
      expect(gap).toBeLessThanOrEqual(max);
    });
    // STS failed: the EKS API is not asked (its calls would fail the same way).
    if (row.action.startsWith('sts:') && row.id)
      expect(arrivals('eks:DescribeCluster')).toEqual([]);
  });

  it('made nothing but reads and SelfSubject*Review creates (the audit log of this suite)', () => {
    expectReadOnly(cluster, 5);
  });
});
