/** Fuzz: the policy file, aws-auth, ARNs, the `require` input and durations. */
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { CHECK_IDS } from '../../src/checks/ids.js';
import {
  canonicalizeArn,
  isSsoRoleArn,
  parseArn,
  stripPath,
  arnFix,
} from '../../src/model/aws/arn.js';
import { lintAwsAuth, parseAwsAuth } from '../../src/model/aws/aws-auth.js';
import { formatDuration, parseDuration } from '../../src/model/duration.js';
import { parseRequirements } from '../../src/model/require-parse.js';
import { applyPolicy } from '../../src/policy/apply.js';
import { parsePolicy } from '../../src/policy/parse.js';
import {
  arn,
  awsAuthData,
  durationText,
  huge,
  NOW,
  policyText,
  requirementsText,
  ssoRoleArn,
  text,
} from './arbitraries/index.js';
import { checkMapping, checkNearMisses, checkSsoRole } from './aws-auth-oracle.js';
import { checkMessage, ensure, fuzz, TIMEOUT } from './budget.js';

const line = (n: number | undefined) => ensure(n === undefined || n >= 1, 'a line before 1', n);

const where = { path: '.github/kube-preflight.yml', file: '/w/.github/kube-preflight.yml' };
const finding = (id: string, context?: string) => ({
  id,
  severity: 'error' as const,
  title: 't',
  message: 'm',
  remediation: 'r',
  ...(context ? { context } : {}),
});

/** Seconds in each unit formatDuration prints. */
const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };

describe('fuzz: policy, aws-auth, ARNs, require, durations', () => {
  it(
    'parsePolicy and applyPolicy: a policy or its problems, each with a line when it has one',
    () => {
      const input = fc.tuple(policyText(CHECK_IDS), fc.constantFrom(...CHECK_IDS), text);
      fuzz('policy/parsePolicy', 1000, input, ([t, id, context]) => {
        const facts = parsePolicy(t, where, CHECK_IDS);
        for (const p of facts.problems) {
          checkMessage(p.message);
          line(p.line);
        }
        ensure(!facts.policy || facts.problems.length === 0, 'a policy with problems', facts);
        const applied = applyPolicy([finding(id, context), finding('policy/invalid')], facts, NOW);
        const kept = applied.findings.length + applied.suppressed.length;
        ensure(kept === 2, 'a finding lost or invented', applied);
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
      const input = fc.tuple(awsAuthData, caller, ssoRoleArn);
      fuzz('aws/parseAwsAuth', 800, input, ([data, who, sso]) => {
        const cfg = parseAwsAuth(data);
        const codes = ['yaml', 'type', 'validation', 'duplicate-key', 'unknown-field'];
        for (const p of cfg.problems) {
          ensure(codes.includes(p.code), 'a problem code', p);
          checkMessage(p.message);
          line(p.line);
        }
        for (const [list, kinds] of [
          [cfg.roles, ['role', 'sso']],
          [cfg.users, ['user']],
        ] as const) {
          for (const e of list) {
            const ok = (kinds as readonly string[]).includes(e.kind) && e.line >= 1;
            ensure(ok && e.groups.every((g) => typeof g === 'string'), 'an entry', e);
          }
        }
        for (const l of lintAwsAuth(cfg, { clusterAccount: '123456789012' }))
          checkMessage(l.detail);
        checkMapping(cfg, who);
        checkNearMisses(cfg, who);
        // Callers with an entry's own ARN (mapped by it), and with that ARN in upper case (where
        // that is a case variant: 'ᾀ' becomes 'ἈΙ').
        for (const e of [...cfg.roles, ...cfg.users].filter((x) => x.kind !== 'sso').slice(0, 3)) {
          checkMapping(cfg, { ...who, arn: e.arn, canonicalArn: e.arn });
          const upper = e.arn.toUpperCase();
          const variant = upper !== e.arn && upper.toLowerCase() === e.arn.toLowerCase();
          if (variant) checkNearMisses(cfg, { ...who, arn: upper, canonicalArn: upper }, e);
        }
        checkSsoRole(sso);
      });
    },
    TIMEOUT,
  );

  it(
    'ARNs: parsed, canonicalized and fixed, or the authenticator’s error',
    () => {
      fuzz('aws/arn', 2000, fc.tuple(arn, ssoRoleArn), ([a, sso]) => {
        const parsed = parseArn(a);
        ensure(!parsed.ok || a.startsWith('arn:'), 'an ARN without arn:', a);
        const canonical = canonicalizeArn(a);
        if (!canonical.ok) checkMessage(canonical.error);
        else ensure(canonicalizeArn(canonical.value).ok, 'a canonical ARN that is not', canonical);
        const stripped = stripPath(a);
        if (!stripped.ok) checkMessage(stripped.error);
        const fix = arnFix(a);
        ensure(!fix || arnFix(fix.fixedArn) === undefined, 'a fixed ARN that needs a fix', fix);
        const ssoName = parsed.ok && /(^|\/)AWSReservedSSO_/.test(parsed.value.resource);
        ensure(!isSsoRoleArn(a) || ssoName, 'an SSO role without AWSReservedSSO_', a);

        // Identity Center roles: recognised in every form, not once renamed; one canonical ARN.
        ensure(isSsoRoleArn(sso.arn), 'an SSO role ARN not recognised', sso);
        ensure(!isSsoRoleArn(sso.renamed), 'another role taken for an SSO one', sso);
        const c = canonicalizeArn(sso.arn);
        ensure(c.ok && c.value === (sso.form === 'assumed' ? sso.canonical : sso.arn), 'sso', c);
        const reason = { path: 'sso-path', assumed: 'sts-arn', bare: undefined }[sso.form];
        const f = arnFix(sso.arn);
        ensure(f?.reason === reason, 'an SSO role ARN fixed for the wrong reason', [sso, f]);
        ensure(!f || f.fixedArn === sso.canonical, 'an SSO role ARN fixed wrong', [sso, f]);
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
          line(r.line);
          return checkMessage(r.message);
        }
        for (const q of r.requirements) {
          ensure(/^(\*|[a-z][a-z0-9-]*)$/.test(q.verb), 'a verb', q);
          ensure(q.nonResourceURL !== undefined || q.resource !== undefined, 'no target', q);
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
        ensure(s >= 0, 'a negative duration', [t, s]);
        if (!Number.isSafeInteger(s)) return;
        // Printed as its two largest units: reads back to within the last unit printed.
        const shown = formatDuration(s);
        const parts = shown.split(' ');
        const last = UNIT_SECONDS[shown.slice(-1)] ?? 0;
        const back = parseDuration(parts.join(''));
        const ok = parts.length <= 2 && back !== undefined && back <= s && s - back < last;
        ensure(ok, 'formatDuration', [t, s, shown]);
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
