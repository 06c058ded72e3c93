import { describe, expect, it } from '@jest/globals';
import { InputError, parseConfig } from '../src/config.js';
import { readActionConfig } from '../src/inputs.js';

const defaults = { reportPath: '/tmp/report.json' };
const from = (values: Record<string, string>) => (name: string) => values[name];

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    expect(parseConfig(from({}), defaults)).toEqual({
      kubeconfig: undefined,
      offline: false,
      minValiditySeconds: 900,
      warnWithinSeconds: 30 * 86400,
      failOn: 'error',
      timeoutSeconds: 30,
      reportPath: '/tmp/report.json',
      requirements: [],
      expectIdentity: [],
      aws: 'auto',
      mode: 'check',
      contexts: [],
      concurrency: 8,
    });
  });

  it('reads the audit inputs: mode, context globs (lines or commas), concurrency', () => {
    const c = parseConfig(
      from({ mode: ' Audit ', contexts: 'prod-*, staging-eu\n# not this\n', concurrency: '32' }),
      defaults,
    );
    expect(c).toMatchObject({ mode: 'audit', contexts: ['prod-*', 'staging-eu'], concurrency: 32 });
  });

  it('an input given beats the policy file’s defaults, which beat the built-in ones', () => {
    const policy = {
      path: 'p.yml',
      file: '/w/p.yml',
      problems: [],
      policy: {
        severity: {},
        severityLines: {},
        suppressions: [],
        defaults: { minValidity: '1h', warnWithin: '7d', failOn: 'warning' as const },
      },
    };
    const c = parseConfig(from({ 'warn-within': '2d', 'fail-on': ' ' }), defaults, policy);
    expect(c).toMatchObject({
      minValiditySeconds: 3600,
      warnWithinSeconds: 2 * 86400,
      failOn: 'warning',
    });
    expect(c.policy).toBe(policy);
    // A policy with problems gives no defaults (it is reported and not applied).
    const broken = { path: 'p.yml', file: '/w/p.yml', problems: [{ message: 'x' }] };
    expect(parseConfig(from({}), defaults, broken)).toMatchObject({
      minValiditySeconds: 900,
      failOn: 'error',
    });
  });

  it('reads the AWS inputs and rejects an unknown aws mode', () => {
    const c = parseConfig(
      from({ aws: 'TRUE', 'aws-region': ' eu-west-1 ', 'eks-cluster': 'prod' }),
      defaults,
    );
    expect(c).toMatchObject({ aws: 'true', awsRegion: 'eu-west-1', eksCluster: 'prod' });
    expect(() => parseConfig(from({ aws: 'yes' }), defaults)).toThrow(
      'Input \'aws\' must be one of auto, true, false (got "yes")',
    );
  });

  it('parses require lines like kubectl auth can-i, and expect-identity globs', () => {
    const c = parseConfig(
      from({
        require:
          'create deployments.apps -n prod\n# a comment\n- get configmaps/app-config -n prod',
        'expect-identity': 'system:serviceaccount:ci:*, deployer\n',
      }),
      defaults,
    );
    expect(c.requirements.map((r) => [r.verb, r.resource, r.group, r.name, r.namespace])).toEqual([
      ['create', 'deployments.apps', 'apps', undefined, 'prod'],
      ['get', 'configmaps', undefined, 'app-config', 'prod'],
    ]);
    expect(c.expectIdentity).toEqual(['system:serviceaccount:ci:*', 'deployer']);
  });

  it('names the require line that is wrong', () => {
    expect(() => parseConfig(from({ require: 'get pods\ncreate' }), defaults)).toThrow(
      /^Input 'require' line 2: "create" needs a resource type/,
    );
  });

  it('keeps an empty kubeconfig distinct from an absent one', () => {
    expect(parseConfig(from({ kubeconfig: '' }), defaults).kubeconfig).toBe('');
    expect(parseConfig(from({ kubeconfig: 'auto' }), defaults).kubeconfig).toBeUndefined();
  });

  it('reads every input', () => {
    const c = parseConfig(
      from({
        kubeconfig: '/a:/b',
        context: ' prod ',
        offline: 'true',
        'min-validity': '1h',
        'warn-within': '7d',
        'fail-on': 'warning',
        timeout: '90s',
        'report-path': '/r.json',
      }),
      defaults,
    );
    expect(c).toMatchObject({
      kubeconfig: '/a:/b',
      context: 'prod',
      offline: true,
      minValiditySeconds: 3600,
      warnWithinSeconds: 604800,
      failOn: 'warning',
      timeoutSeconds: 90,
      reportPath: '/r.json',
    });
  });

  it.each([
    [
      'min-validity',
      'soon',
      /Input 'min-validity' must be a duration such as 90s, 15m, 12h or 30d \(got "soon"\)/,
    ],
    ['warn-within', '3 days', /Input 'warn-within' must be a duration/],
    ['timeout', '0s', /Input 'timeout' must be at least 1s/],
    ['fail-on', 'always', /Input 'fail-on' must be one of error, warning, never \(got "always"\)/],
    ['offline', 'maybe', /Input 'offline' must be true or false/],
    ['mode', 'scan', /Input 'mode' must be check or audit \(got "scan"\)/],
    ['concurrency', '65', /Input 'concurrency' must be a whole number from 1 to 64 \(got "65"\)/],
    ['concurrency', '2.5', /Input 'concurrency' must be a whole number/],
  ])('rejects %s=%j naming the input and what is accepted', (name, value, message) => {
    expect(() => parseConfig(from({ [name]: value }), defaults)).toThrow(message);
    expect(() => parseConfig(from({ [name]: value }), defaults)).toThrow(InputError);
  });
});

describe('readActionConfig', () => {
  it('reads INPUT_* variables as the runner sets them, hyphens kept', async () => {
    const c = await readActionConfig({
      'INPUT_MIN-VALIDITY': ' 20m ',
      'INPUT_FAIL-ON': 'never',
      INPUT_KUBECONFIG: 'apiVersion: v1\n',
      RUNNER_TEMP: '/runner/tmp',
      GITHUB_WORKSPACE: '/nonexistent.invalid',
    });
    expect(c.minValiditySeconds).toBe(1200);
    expect(c.failOn).toBe('never');
    expect(c.kubeconfig).toBe('apiVersion: v1\n');
    expect(c.reportPath).toBe('/runner/tmp/kube-preflight-report.json');
    expect(c.policy).toBeUndefined();
  });

  it('treats an unset kubeconfig input as the default rules and an empty one as empty', async () => {
    const ws = { GITHUB_WORKSPACE: '/nonexistent.invalid' };
    expect((await readActionConfig(ws)).kubeconfig).toBeUndefined();
    expect((await readActionConfig({ ...ws, INPUT_KUBECONFIG: '' })).kubeconfig).toBe('');
  });
});
