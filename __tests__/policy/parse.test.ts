import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHECK_IDS } from '../../src/checks/ids.js';
import { parsePolicy } from '../../src/policy/parse.js';

const KNOWN = [
  'cert/expiring',
  'eks/aws-auth-unreadable',
  'eks/aws-auth-sso-path',
  'kubeconfig/insecure-skip-tls-verify',
  'policy/invalid',
];
const parse = (text: string) =>
  parsePolicy(
    text,
    { path: '.github/kube-preflight.yml', file: '/w/.github/kube-preflight.yml' },
    KNOWN,
  );
const problems = (text: string) => parse(text).problems;

describe('parsePolicy', () => {
  it('reads defaults, severities (globs too) and suppressions with their lines', () => {
    const r = parse(
      [
        'version: 1',
        'defaults:',
        '  min-validity: 1h',
        '  warn-within: 14d',
        '  fail-on: warning',
        'checks:',
        '  kubeconfig/insecure-skip-tls-verify: warning',
        '  eks/aws-auth-*: off',
        'suppress:',
        '  - check: cert/expiring',
        '    context: "staging-*"',
        '    reason: Rotated by cert-manager every Friday (OPS-1234)',
        '    until: 2027-01-31',
        '  - check: eks/aws-auth-unreadable',
        '    reason: the deploy role may not read kube-system',
        '',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.policy).toEqual({
      defaults: { minValidity: '1h', warnWithin: '14d', failOn: 'warning' },
      severity: { 'kubeconfig/insecure-skip-tls-verify': 'warning', 'eks/aws-auth-*': 'off' },
      severityLines: { 'kubeconfig/insecure-skip-tls-verify': 7, 'eks/aws-auth-*': 8 },
      suppressions: [
        {
          check: 'cert/expiring',
          context: 'staging-*',
          reason: 'Rotated by cert-manager every Friday (OPS-1234)',
          until: '2027-01-31',
          line: 10,
        },
        {
          check: 'eks/aws-auth-unreadable',
          reason: 'the deploy role may not read kube-system',
          line: 14,
        },
      ],
    });
  });

  it('an empty file is an empty policy', () => {
    expect(parse('')).toEqual({
      path: '.github/kube-preflight.yml',
      file: '/w/.github/kube-preflight.yml',
      policy: { severity: {}, severityLines: {}, suppressions: [], defaults: {} },
      problems: [],
    });
    expect(parse('# nothing yet\n').policy?.suppressions).toEqual([]);
  });

  it('collects every problem with its line, and then applies nothing', () => {
    const r = parse(
      [
        'defaults:',
        '  min-validity: soon',
        '  fail-on: always',
        '  timeout: 5s',
        'checks:',
        '  cert/expiring: fatal',
        '  cert/expirng: warning',
        '  policy/invalid: off',
        'suppress:',
        '  - check: kubeconfig/insecure-skip-tls-verify',
        '    until: next week',
        '  - reason: no check named',
        '    ticket: OPS-1',
        'colour: blue',
      ].join('\n'),
    );
    expect(r.policy).toBeUndefined();
    expect(r.problems).toEqual([
      {
        line: 2,
        message: '`defaults.min-validity` must be a duration such as 15m, 12h or 30d (got "soon")',
      },
      {
        line: 3,
        message: '`defaults.fail-on` must be one of error, warning, never (got "always")',
      },
      {
        line: 4,
        message:
          '`defaults` has an unknown key "timeout" (known: min-validity, warn-within, fail-on)',
      },
      {
        line: 6,
        message: '`checks.cert/expiring` must be one of error, warning, notice, off (got "fatal")',
      },
      { line: 7, message: 'names no check "cert/expirng" (did you mean "cert/expiring"?)' },
      { line: 8, message: "the policy's own checks (policy/invalid) cannot be changed" },
      {
        line: 10,
        message:
          'the suppression of "kubeconfig/insecure-skip-tls-verify" needs a `reason` (why, and who decided)',
      },
      { line: 11, message: '`until` must be a date YYYY-MM-DD (got "next week")' },
      {
        line: 12,
        message:
          'a `suppress` entry has an unknown key "ticket" (known: check, context, reason, until)',
      },
      { line: 12, message: 'a `suppress` entry needs `check` (a check id or a glob over ids)' },
      { line: 14, message: 'has an unknown key "colour" (known: defaults, checks, suppress)' },
    ]);
  });

  it('invalid YAML, duplicate keys, a non-mapping root, a glob naming nothing', () => {
    expect(problems('checks: [\n')[0]?.message).toMatch(/^is not valid YAML: /);
    expect(problems('checks: {}\nchecks: {}\n')).toEqual([
      { line: 2, message: 'is not valid YAML: DUPLICATE_KEY' },
    ]);
    expect(problems('- a\n- b\n')).toEqual([
      { message: 'must be a mapping (defaults, checks, suppress)' },
    ]);
    expect(problems('checks:\n  gke/*: off\n')).toEqual([
      { line: 2, message: 'names no check "gke/*"' },
    ]);
    expect(problems('suppress:\n  - check: policy/invalid\n    reason: x\n')).toEqual([
      { line: 2, message: "the policy's own checks (policy/invalid) cannot be suppressed" },
    ]);
    expect(
      problems('suppress:\n  - check: cert/expiring\n    reason: x\n    until: 2027-02-30\n'),
    ).toEqual([{ line: 4, message: '`until` must be a date YYYY-MM-DD (got "2027-02-30")' }]);
  });

  it('refuses a file too large, and an alias bomb ends in a problem, not a hang', () => {
    expect(problems(`# ${'x'.repeat(300 * 1024)}\n`)).toEqual([
      { message: 'is larger than 256 KiB' },
    ]);
    // a: 9 x, b: 9 a, c: 9 b, … i: 9^9 (387 million) nodes when expanded.
    const names = 'abcdefghi';
    const anchors = [...names]
      .map(
        (n, i) =>
          `  ${n}: &${n} [${Array(9)
            .fill(i ? `*${names[i - 1]}` : 'x')
            .join(', ')}]`,
      )
      .join('\n');
    // Aliases are never expanded: the bomb is a few lines of problems (the Jest timeout is the bound).
    const r = parse(`defaults:\n${anchors}\nsuppress: *i\n`);
    expect(r.policy).toBeUndefined();
    expect(r.problems).toContainEqual({
      line: 11,
      message: '`suppress` must be a list of {check, reason, context?, until?}',
    });
    expect(r.problems).toHaveLength(10);
  });

  it('the README’s example policy is valid against the real check ids', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /## Policy file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const r = parsePolicy(example, { path: 'README', file: '/README' }, CHECK_IDS);
    expect(r.problems).toEqual([]);
    expect(r.policy?.suppressions).toHaveLength(1);
  });
});
