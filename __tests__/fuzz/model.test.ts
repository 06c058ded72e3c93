/** Fuzz: the policy file, aws-auth, ARNs, the `require` input and durations. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CHECK_IDS } from '../../src/checks/ids.js';
import {
  canonicalizeArn,
  isSsoRoleArn,
  parseArn,
  stripPath,
  arnFix,
} from '../../src/model/aws/arn.js';
import {
  lintAwsAuth,
  mapIdentity,
  nearMisses,
  parseAwsAuth,
} from '../../src/model/aws/aws-auth.js';
import { formatDuration, parseDuration } from '../../src/model/duration.js';
import { parseRequirements } from '../../src/model/require-parse.js';
import { applyPolicy } from '../../src/policy/apply.js';
import { parsePolicy } from '../../src/policy/parse.js';
import {
  arn,
  awsAuthData,
  durationText,
  huge,
  policyText,
  requirementsText,
  text,
} from './arbitraries.js';
import { fuzz, STACK_TRACE, TIMEOUT } from './budget.js';
import { NOW } from './arbitraries.js';

function checkMessage(m: string): void {
  expect(typeof m).toBe('string');
  expect(m).not.toBe('');
  expect(m).not.toMatch(STACK_TRACE);
}
const where = { path: '.github/kube-preflight.yml', file: '/w/.github/kube-preflight.yml' };
const finding = (id: string, context?: string) => ({
  id,
  severity: 'error' as const,
  title: 't',
  message: 'm',
  remediation: 'r',
  ...(context ? { context } : {}),
});

describe('fuzz: policy, aws-auth, ARNs, require, durations', () => {
  it(
    'parsePolicy and applyPolicy: a policy or its problems, each with a line when it has one',
    () => {
      const input = fc.tuple(policyText(CHECK_IDS), fc.constantFrom(...CHECK_IDS), text);
      fuzz('policy/parsePolicy', 1000, input, ([t, id, context]) => {
        const facts = parsePolicy(t, where, CHECK_IDS);
        for (const p of facts.problems) {
          checkMessage(p.message);
          if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
        if (facts.policy) expect(facts.problems).toEqual([]);
        const applied = applyPolicy([finding(id, context), finding('policy/invalid')], facts, NOW);
        expect(applied.findings.length + applied.suppressed.length).toBe(2);
      });
    },
    TIMEOUT,
  );

  it(
    'parseAwsAuth: entries and problems as the authenticator logs them; lint and mapping hold',
    () => {
      const caller = arn.map((a) => ({
        arn: a,
        canonicalArn: a,
        accountId: '123456789012',
        sessionName: 's',
      }));
      fuzz('aws/parseAwsAuth', 800, fc.tuple(awsAuthData, caller), ([data, who]) => {
        const cfg = parseAwsAuth(data);
        for (const p of cfg.problems) {
          expect(['yaml', 'type', 'validation', 'duplicate-key', 'unknown-field']).toContain(
            p.code,
          );
          checkMessage(p.message);
          if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
        for (const e of [...cfg.roles, ...cfg.users]) {
          expect(typeof e.arn).toBe('string');
          expect(e.groups.every((g) => typeof g === 'string')).toBe(true);
        }
        for (const l of lintAwsAuth(cfg, { clusterAccount: '123456789012' }))
          checkMessage(l.detail);
        const mapped = mapIdentity(cfg, who, { ssoMatch: true });
        if (mapped) expect(typeof mapped.username).toBe('string');
        expect(Array.isArray(nearMisses(cfg, who))).toBe(true);
      });
    },
    TIMEOUT,
  );

  it(
    'ARNs: parsed, canonicalized and fixed, or the authenticator’s error',
    () => {
      fuzz('aws/arn', 2000, arn, (a) => {
        const parsed = parseArn(a);
        if (parsed.ok) expect(a.startsWith('arn:')).toBe(true);
        const canonical = canonicalizeArn(a);
        if (!canonical.ok) checkMessage(canonical.error);
        else expect(canonicalizeArn(canonical.value).ok).toBe(true);
        const stripped = stripPath(a);
        if (!stripped.ok) checkMessage(stripped.error);
        const fix = arnFix(a);
        if (fix) expect(arnFix(fix.fixedArn)).toBeUndefined();
        expect(typeof isSsoRoleArn(a)).toBe('boolean');
      });
    },
    TIMEOUT,
  );

  it(
    'parseRequirements: requirements, or the first bad line and why',
    () => {
      fuzz('model/parseRequirements', 2000, requirementsText, (t) => {
        const r = parseRequirements(t);
        if (!r.ok) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          return checkMessage(r.message);
        }
        for (const q of r.requirements) {
          expect(q.verb).toMatch(/^(\*|[a-z][a-z0-9-]*)$/);
          expect(q.nonResourceURL !== undefined || q.resource !== undefined).toBe(true);
        }
      });
    },
    TIMEOUT,
  );

  it(
    'parseDuration and formatDuration: seconds or undefined, and back',
    () => {
      fuzz('model/parseDuration', 2000, durationText, (t) => {
        const s = parseDuration(t);
        if (s === undefined) return;
        expect(s).toBeGreaterThanOrEqual(0);
        if (Number.isFinite(s)) expect(typeof formatDuration(s)).toBe('string');
      });
    },
    TIMEOUT,
  );

  it(
    'huge values (up to ~1 MB): linear time',
    () => {
      const targets = [
        (h: string) => parsePolicy(h, where, CHECK_IDS),
        (h: string) =>
          parsePolicy(
            `suppress:\n- check: "${h.replace(/["\\\n]/g, '')}"\n  reason: r\n`,
            where,
            CHECK_IDS,
          ),
        (h: string) => parseAwsAuth({ mapRoles: h }),
        (h: string) => parseAwsAuth({ mapUsers: `- userarn: ${h}\n` }),
        (h: string) => parseAwsAuth({ mapAccounts: h }),
        (h: string) => canonicalizeArn(h),
        (h: string) => parseRequirements(h),
        (h: string) => parseDuration(h),
      ];
      const input = fc.tuple(huge, fc.nat({ max: targets.length - 1 }));
      fuzz('model/huge', 40, input, ([h, i]) => void targets[i]?.(h), null);
    },
    TIMEOUT,
  );
});
