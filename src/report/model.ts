/** The report: the one structure every renderer reads. Its JSON form is a versioned contract. */
import { diagnoseTarget, type Diagnosis } from '../diagnose/index.js';
import type { Facts, TargetFacts } from '../model/facts.js';
import { bySeverity, type Finding } from '../model/finding.js';
import {
  caBundles,
  clientCertBundles,
  describeSource,
  tokenCredentials,
} from '../model/credentials.js';
import type { SuppressedFinding } from '../policy/apply.js';
import { awsReport, type AwsReport } from './aws.js';
import { liveReport, type LiveReport } from './live.js';

export const SCHEMA_VERSION = 1;

export type Result = 'pass' | 'warn' | 'fail';

export interface CredentialRow {
  kind: 'client-certificate' | 'ca-certificate' | 'token' | 'exec-credential' | 'aws-session';
  source: string;
  /** Who gets a new one when it expires (`exec plugin`): such a row never sets the headline expiry. */
  renewedBy?: string;
  subject?: string;
  notBefore?: string;
  notAfter?: string;
  fingerprint?: string;
}

export interface ContextReport {
  name: string;
  cluster?: string;
  server?: string;
  user?: string;
  namespace?: string;
  authMethod: string;
  identity?: string;
  credentials: CredentialRow[];
  /** The earliest expiry nothing renews among this context's credentials, and its kind. */
  expiresAt?: string;
  expiringKind?: CredentialRow['kind'];
  /** The worst finding of this context: fail (an error), warn, or pass. */
  status?: Result;
  live?: LiveReport;
  aws?: AwsReport;
  /** For a failed live check: the likely causes, ranked, with their evidence. */
  diagnosis?: Diagnosis;
}

export interface Report {
  schemaVersion: number;
  tool: { name: string; version: string };
  generatedAt: string;
  /** Milliseconds from the start of the time budget (the `timeout` input) to this report. */
  durationMs?: number;
  result: Result;
  counts: { errors: number; warnings: number; notices: number };
  identity?: string;
  /** Groups the API server reported for that identity. */
  groups?: string[];
  serverVersion?: string;
  clockSkewSeconds?: number;
  awsCallerArn?: string;
  awsPrincipalArn?: string;
  awsAccountId?: string;
  eksCluster?: string;
  /** The authentication mode: DescribeCluster's, else CONFIG_MAP when access entries are refused. */
  eksAuthMode?: string;
  expiresAt?: string;
  secondsToExpiry?: number;
  findings: Finding[];
  /** Hidden by the policy file: not counted, listed with the reason. */
  suppressed?: SuppressedFinding[];
  policy?: { path: string; applied: boolean };
  /** Set in audit mode: every context (matching `contexts`) was checked. */
  mode?: 'audit';
  contexts: ContextReport[];
}

export function authMethod(t: TargetFacts): string {
  const u = t.user?.value;
  if (!u) return 'none';
  const methods: string[] = [];
  if (u.exec) methods.push('exec');
  if (u['auth-provider']) methods.push(`auth-provider:${u['auth-provider'].name ?? '?'}`);
  if (u['client-certificate'] || u['client-certificate-data']) methods.push('client-certificate');
  if (u.token || u.tokenFile) methods.push('token');
  if (u.username || u.password) methods.push('basic-auth');
  return methods.join('+') || 'none';
}

/** The identity the API server will see, as far as it can be known offline. */
export function offlineIdentity(t: TargetFacts): string | undefined {
  for (const bundle of clientCertBundles(t)) {
    const leaf = bundle.certs[0];
    if (leaf?.commonName) return leaf.commonName;
  }
  for (const { token } of tokenCredentials(t)) if (token.subject) return token.subject;
  return undefined;
}

function credentialRows(t: TargetFacts): CredentialRow[] {
  const rows: CredentialRow[] = [];
  for (const bundle of [...clientCertBundles(t), ...caBundles(t)]) {
    for (const c of bundle.certs) {
      rows.push({
        kind: bundle.role === 'ca' ? 'ca-certificate' : 'client-certificate',
        source: describeSource(bundle.source),
        subject: c.subject,
        notBefore: c.notBefore,
        notAfter: c.notAfter,
        fingerprint: c.fingerprint,
      });
    }
  }
  const plugin = { renewedBy: 'exec plugin' };
  for (const { source, token } of tokenCredentials(t)) {
    rows.push({
      kind: 'token',
      source: `${describeSource(source)} [${token.format}]`,
      ...(source.kind === 'exec' ? plugin : {}),
      ...(token.subject ? { subject: token.subject } : {}),
      ...(token.notBefore ? { notBefore: token.notBefore } : {}),
      ...(token.expiresAt ? { notAfter: token.expiresAt } : {}),
      fingerprint: token.fingerprint,
    });
  }
  const exp = t.exec?.credential?.expirationTimestamp;
  if (exp && !rows.some((r) => r.notAfter === exp)) {
    rows.push({
      kind: 'exec-credential',
      source: `exec plugin ${t.exec?.command ?? ''}`,
      notAfter: exp,
      ...plugin,
    });
  }
  const aws = t.aws?.credentials?.ok ? t.aws.credentials.value : undefined;
  if (aws?.expiresAt) {
    rows.push({
      kind: 'aws-session',
      source: `AWS credentials (${aws.source})`,
      ...(t.aws?.caller?.ok ? { subject: t.aws.caller.arn } : {}),
      notAfter: aws.expiresAt,
    });
  }
  return rows;
}

function contextReport(t: TargetFacts, facts: Facts): ContextReport {
  const diagnosis = diagnoseTarget(t, facts);
  const live = liveReport(t, diagnosis);
  const identity = live?.identity?.username ?? offlineIdentity(t);
  return {
    name: t.contextName,
    ...(t.context?.value.cluster ? { cluster: t.context.value.cluster } : {}),
    ...(t.cluster?.value.server ? { server: t.cluster.value.server } : {}),
    ...(t.context?.value.user ? { user: t.context.value.user } : {}),
    ...(t.context?.value.namespace ? { namespace: t.context.value.namespace } : {}),
    authMethod: authMethod(t),
    ...(identity ? { identity } : {}),
    credentials: credentialRows(t),
    ...(live ? { live } : {}),
    ...(t.aws ? { aws: awsReport(t) as AwsReport } : {}),
    ...(diagnosis ? { diagnosis } : {}),
  };
}

/** An audit's order: the soonest expiry first, contexts without one last, then by name. */
export function byExpiry(contexts: ContextReport[]): ContextReport[] {
  const at = (iso?: string) => (iso ? Date.parse(iso) : Infinity);
  return [...contexts].sort(
    (a, b) => at(a.expiresAt) - at(b.expiresAt) || a.name.localeCompare(b.name),
  );
}

/** Credentials that can run out (not CAs, not renewed by a plugin), the earliest first. */
function expiring(rows: CredentialRow[]): CredentialRow[] {
  return rows
    .filter((r) => r.kind !== 'ca-certificate' && !r.renewedBy && r.notAfter)
    .sort((a, b) => Date.parse(a.notAfter as string) - Date.parse(b.notAfter as string));
}

export function resultOf(findings: Finding[]): Result {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

export function buildReport(
  findings: Finding[],
  facts: Facts,
  version: string,
  suppressed: SuppressedFinding[] = [],
  durationMs?: number,
): Report {
  const sorted = [...findings].sort(bySeverity);
  const contexts = facts.targets.map((t) => {
    const c = contextReport(t, facts);
    const [first] = expiring(c.credentials);
    const mine = sorted.filter((f) => f.context === c.name);
    return {
      ...c,
      ...(first ? { expiresAt: first.notAfter as string, expiringKind: first.kind } : {}),
      status: resultOf(mine),
    };
  });
  const expiresAt = expiring(contexts.flatMap((c) => c.credentials))[0]?.notAfter;
  const identified = contexts.find((c) => c.identity);
  const identity = identified?.identity;
  const groups = identified?.live?.identity?.groups;
  const serverVersion = contexts.find((c) => c.live?.serverVersion)?.live?.serverVersion;
  const skew = contexts.find((c) => c.live?.clockSkewSeconds !== undefined)?.live?.clockSkewSeconds;
  const aws = contexts.find((c) => c.aws)?.aws;
  const count = (s: Finding['severity']) => sorted.filter((f) => f.severity === s).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kube-preflight', version },
    generatedAt: facts.now.toISOString(),
    ...(durationMs !== undefined ? { durationMs } : {}),
    result: resultOf(sorted),
    counts: { errors: count('error'), warnings: count('warning'), notices: count('notice') },
    ...(identity ? { identity } : {}),
    ...(groups ? { groups } : {}),
    ...(serverVersion ? { serverVersion } : {}),
    ...(skew !== undefined ? { clockSkewSeconds: skew } : {}),
    ...(aws?.callerArn ? { awsCallerArn: aws.callerArn } : {}),
    ...(aws?.principalArn ? { awsPrincipalArn: aws.principalArn } : {}),
    ...(aws?.accountId ? { awsAccountId: aws.accountId } : {}),
    ...(aws?.eksCluster ? { eksCluster: aws.eksCluster } : {}),
    ...(aws?.eks?.authMode ? { eksAuthMode: aws.eks.authMode } : {}),
    ...(expiresAt
      ? {
          expiresAt,
          secondsToExpiry: Math.floor((Date.parse(expiresAt) - facts.now.getTime()) / 1000),
        }
      : {}),
    findings: sorted,
    ...(suppressed.length ? { suppressed: [...suppressed].sort(bySeverity) } : {}),
    ...(facts.policy
      ? { policy: { path: facts.policy.path, applied: !!facts.policy.policy } }
      : {}),
    ...(facts.audit ? { mode: 'audit' as const } : {}),
    contexts,
  };
}
