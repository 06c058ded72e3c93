/** The leak check runner.ts applies to every bundled run: it finds the secrets, and it can fail. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliSecrets, expectNoSecretIn, runSecrets } from '../helpers/canary.js';
import { expectMasked, expectNoLeak, type ActionRun } from '../helpers/runner.js';

const kubeconfig = [
  'apiVersion: v1',
  'kind: Config',
  'users:',
  '- {name: a, user: {token: tok-0123456789}}',
  '- {name: b, user: {username: u, password: pw-0123456789, client-key-data: S0VZLTAxMjM0NTY3ODk=}}',
  '- {name: c, user: {auth-provider: {name: oidc, config: {client-id: public-id, refresh-token: rt-0123456789}}}}',
  '- {name: d, user: {exec: {command: x, env: [{name: API_TOKEN, value: env-0123456789}, {name: AWS_PROFILE, value: profile-name}]}}}',
  '# ??? makes its base64 hold a "/", as real ones nearly always do',
].join('\n');
const expected = ['tok-0123456789', 'pw-0123456789', 'S0VZLTAxMjM0NTY3ODk=', 'KEY-0123456789'];
const all = [...expected, 'rt-0123456789', 'env-0123456789'];

describe('runSecrets', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'config'), kubeconfig);
  writeFileSync(path.join(dir, 'team-a.yaml'), kubeconfig);
  const base64 = Buffer.from(kubeconfig).toString('base64');

  it('has a base64 fixture with a "/" in it (a path-like string, not to be read as one)', () => {
    expect(base64).toContain('/');
  });

  it.each([
    ['YAML content', { kubeconfig }, {}],
    ['base64 content (with a "/")', { kubeconfig: base64 }, {}],
    ['base64 wrapped at 76 columns', { kubeconfig: base64.replace(/.{76}/g, '$&\n') }, {}],
    ['a relative path', { kubeconfig: 'config' }, {}],
    ['a list, one per line', { kubeconfig: '/nonexistent\nconfig' }, {}],
    ['a glob', { kubeconfig: 'team-*.yaml' }, {}],
    ['KUBECONFIG', {}, { KUBECONFIG: `/nonexistent:${path.join(dir, 'config')}` }],
  ])('finds every secret field in %s, and no public one', (_, inputs, env) => {
    const found = runSecrets(inputs, env, dir);
    expect(found.hidden.sort()).toEqual([...all].sort());
    expect(found.masked).not.toContain('KEY-0123456789'); // decoded only for checked contexts
    expect(found.hidden).not.toContain('profile-name');
    expect(found.hidden).not.toContain('public-id');
  });

  it.each([
    [['audit', '--kubeconfig', '/nonexistent:config', '--offline']],
    [['audit', '--kubeconfig=config']],
  ])('reads a CLI run: %j', (args) => {
    expect(cliSecrets(args, {}, dir).hidden.sort()).toEqual([...all].sort());
    expect(() => expectNoSecretIn({ out: 'the pw-0123456789' }, cliSecrets(args, {}, dir))).toThrow(
      /secrets leaked: out: pw-/,
    );
  });

  it('adds the GitHub token (masked) and AWS keys from the environment', () => {
    const found = runSecrets(
      { 'github-token': 'ghs_0123456789' },
      { AWS_SECRET_ACCESS_KEY: 'aws-0123456789', AWS_SESSION_TOKEN: 'sess-0123456789' },
      '/',
    );
    expect(found.masked).toEqual(['ghs_0123456789']);
    expect(found.hidden).toEqual(['ghs_0123456789', 'aws-0123456789', 'sess-0123456789']);
  });
});

describe('expectNoLeak and expectMasked', () => {
  const run = (over: Partial<ActionRun>): ActionRun => ({
    code: 0,
    stdout: '::add-mask::tok-0123456789\n',
    stderr: '',
    outputs: {},
    outputsText: '',
    summary: '',
    reportText: '',
    dir: '/',
    ...over,
  });

  it.each(['stdout', 'stderr', 'summary', 'outputsText', 'reportText'] as const)(
    'throws when a secret is in %s',
    (surface) => {
      const leaked = run({
        [surface]: `${surface === 'stdout' ? '::add-mask::x\n' : ''}a tok-0123456789 b`,
      });
      expect(() => expectNoLeak(leaked, ['tok-0123456789'], false)).toThrow(/secrets leaked/);
    },
  );

  it('accepts the ::add-mask:: line itself, and throws for a secret never masked', () => {
    expect(() => expectNoLeak(run({}), ['tok-0123456789'])).not.toThrow();
    expect(() => expectMasked(run({}), ['pw-0123456789'])).toThrow(/not masked: pw-/);
  });
});
