/** The validated run configuration shared by the action and the CLI. */
import { parseDuration } from './model/duration.js';
import type { Requirement } from './model/require.js';
import { parseRequirements } from './model/require-parse.js';
import type { PolicyFacts } from './policy/model.js';

export type FailOn = 'error' | 'warning' | 'never';
export type Mode = 'check' | 'audit';

export interface Config {
  /** Raw `kubeconfig` input: undefined = client-go default rules; '' = given but empty. */
  kubeconfig: string | undefined;
  context?: string;
  offline: boolean;
  minValiditySeconds: number;
  warnWithinSeconds: number;
  failOn: FailOn;
  timeoutSeconds: number;
  /** Where the JSON report is written. */
  reportPath: string;
  /** `require`: permissions the deploy needs, each checked with a SelfSubjectAccessReview. */
  requirements: Requirement[];
  /** `expect-identity`: globs; the username the API server sees must match one. */
  expectIdentity: string[];
  /** `aws`: auto (when the kubeconfig points at EKS), true, or false. */
  aws: 'auto' | 'true' | 'false';
  awsRegion?: string;
  eksCluster?: string;
  /** `check`: the one context a deploy uses; `audit`: every context (matching `contexts`). */
  mode: Mode;
  /** `contexts`: globs over context names for an audit (all when empty). */
  contexts: string[];
  /** Set per file by a multi-file audit: contexts are reported as `<prefix><context>`. */
  contextPrefix?: string;
  /** How many contexts an audit checks at once. */
  concurrency: number;
  /** `issue: true`: keep one tracking issue per repository and `audit-name` (action only). */
  trackingIssue?: TrackingIssueConfig;
  /** Secret input values (the GitHub token): masked and scrubbed like gathered secrets. */
  secretInputs?: string[];
  /** `check-run: true`: a named check with the findings as annotations (action only). */
  checkRun?: CheckRunConfig;
  /** The policy file read (given by `config`, or found at the default path). */
  policy?: PolicyFacts;
}

/** Where and as whom the action writes to GitHub (the tracking issue, the check run). */
export interface GithubTarget {
  token: string;
  /** `owner/repo` */
  repository: string;
  runUrl?: string;
  apiUrl?: string;
  /** The commit a check run is attached to: a pull request's head, else GITHUB_SHA. */
  headSha?: string;
  /** The workflow file, workspace-relative: where findings without a file are annotated. */
  workflowFile?: string;
}

export type TrackingIssueConfig = GithubTarget & { name: string };
export type CheckRunConfig = GithubTarget & { name: string };

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}' ${message}`);
    this.name = 'InputError';
  }
}

const DURATION_HELP = 'must be a duration such as 90s, 15m, 12h or 30d';

function duration(name: string, raw: string | undefined, fallback: string, min = 0): number {
  const text = raw === undefined || raw.trim() === '' ? fallback : raw;
  const seconds = parseDuration(text);
  if (seconds === undefined) throw new InputError(name, `${DURATION_HELP} (got "${text}")`);
  if (seconds < min) throw new InputError(name, `must be at least ${min}s (got "${text}")`);
  return seconds;
}

export function boolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  if (['false', 'no', '0', 'off'].includes(text)) return false;
  throw new InputError(name, `must be true or false (got "${raw}")`);
}

function failOn(raw: string | undefined): FailOn {
  const text = (raw ?? '').trim().toLowerCase() || 'error';
  if (text === 'error' || text === 'warning' || text === 'never') return text;
  throw new InputError('fail-on', `must be one of error, warning, never (got "${raw}")`);
}

function awsMode(raw: string | undefined): Config['aws'] {
  const text = (raw ?? '').trim().toLowerCase() || 'auto';
  if (text === 'auto' || text === 'true' || text === 'false') return text;
  throw new InputError('aws', `must be one of auto, true, false (got "${raw}")`);
}

function mode(raw: string | undefined): Mode {
  const text = (raw ?? '').trim().toLowerCase() || 'check';
  if (text === 'check' || text === 'audit') return text;
  throw new InputError('mode', `must be check or audit (got "${raw}")`);
}

function concurrency(raw: string | undefined): number {
  const text = (raw ?? '').trim() || '8';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InputError('concurrency', `must be a whole number from 1 to 64 (got "${raw}")`);
  return n;
}

function requirements(raw: string | undefined): Requirement[] {
  const parsed = parseRequirements(raw ?? '');
  if (!parsed.ok) throw new InputError('require', parsed.message);
  return parsed.requirements;
}

function optional<K extends string>(key: K, raw: string | undefined): Partial<Record<K, string>> {
  const v = raw?.trim();
  return v ? ({ [key]: v } as Record<K, string>) : {};
}

/** Globs, one per line or comma-separated. */
function globs(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\n,]/)
    .map((g) => g.trim())
    .filter((g) => g !== '' && !g.startsWith('#'));
}

/**
 * Builds a Config from named raw values (action inputs or CLI flags). `get` returns undefined for
 * values that were not given at all.
 */
export function parseConfig(
  get: (name: string) => string | undefined,
  defaults: { reportPath: string },
  policy?: PolicyFacts,
): Config {
  const kubeconfig = get('kubeconfig');
  const context = get('context')?.trim();
  // An input given wins over the policy file's defaults, which win over the built-in ones.
  const fromPolicy = policy?.policy?.defaults ?? {};
  const given = (name: string) => (get(name)?.trim() ? get(name) : undefined);
  return {
    kubeconfig: kubeconfig === undefined || kubeconfig.trim() === 'auto' ? undefined : kubeconfig,
    ...(context ? { context } : {}),
    offline: boolean('offline', get('offline'), false),
    minValiditySeconds: duration(
      'min-validity',
      given('min-validity') ?? fromPolicy.minValidity,
      '15m',
    ),
    warnWithinSeconds: duration(
      'warn-within',
      given('warn-within') ?? fromPolicy.warnWithin,
      '30d',
    ),
    failOn: failOn(given('fail-on') ?? fromPolicy.failOn),
    timeoutSeconds: duration('timeout', get('timeout'), '30s', 1),
    reportPath: get('report-path')?.trim() || defaults.reportPath,
    requirements: requirements(get('require')),
    expectIdentity: globs(get('expect-identity')),
    aws: awsMode(get('aws')),
    mode: mode(get('mode')),
    contexts: globs(get('contexts')),
    concurrency: concurrency(get('concurrency')),
    ...optional('awsRegion', get('aws-region')),
    ...optional('eksCluster', get('eks-cluster')),
    ...(policy ? { policy } : {}),
  };
}
