import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, rmSync } from 'node:fs';
import { runExecPlugin } from '../../src/gather/exec.js';
import { SecretSet } from '../../src/gather/secrets.js';
import type { ExecConfig, KubeCluster } from '../../src/model/kubeconfig.js';
import { PluginDir, V1, V1BETA1 } from '../helpers/plugins.js';

const p = new PluginDir();
afterAll(() => rmSync(p.dir, { recursive: true, force: true }));

const TOKEN = 'tok-' + 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(2);
const EXPIRY = '2030-01-02T03:04:05Z';

async function run(exec: ExecConfig, opts: { cluster?: KubeCluster; budgetMs?: number } = {}) {
  const secrets = new SecretSet();
  const cluster = opts.cluster ? p.cluster(opts.cluster) : undefined;
  const started = Date.now();
  const facts = await runExecPlugin(p.user(exec), cluster, p.dir, p.env(opts.budgetMs), secrets);
  return { facts, secrets, elapsed: Date.now() - started, json: JSON.stringify(facts) };
}

const tokenPlugin = (name: string, apiVersion: string) =>
  p.nodePlugin(
    name,
    `{kind:'ExecCredential',apiVersion:'${apiVersion}',status:{token:'${TOKEN}',expirationTimestamp:'${EXPIRY}'}}`,
  );

describe('runExecPlugin: credentials', () => {
  it.each([V1, V1BETA1])('runs a %s token plugin found on PATH', async (apiVersion) => {
    const name = `token-${apiVersion.split('/')[1]}`;
    const path = tokenPlugin(name, apiVersion);
    const { facts, secrets, json } = await run({
      command: name,
      apiVersion,
      interactiveMode: 'Never',
    });
    expect(facts).toMatchObject({ outcome: 'ok', resolvedPath: path, exitCode: 0, apiVersion });
    expect(facts.credential?.expirationTimestamp).toBe('2030-01-02T03:04:05.000Z');
    expect(facts.credential?.token?.length).toBe(TOKEN.length);
    expect(facts.credential?.token?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(facts.origin).toEqual({ file: p.kubeconfig, line: 9 });
    expect(json).not.toContain(TOKEN);
    expect(secrets.scrub(`Bearer ${TOKEN}`)).toBe('Bearer ***');
  });

  it('defaults interactiveMode to IfAvailable for v1beta1', async () => {
    tokenPlugin('token-default', V1BETA1);
    const { facts } = await run({ command: 'token-default', apiVersion: V1BETA1 });
    expect(facts).toMatchObject({ outcome: 'ok', interactiveMode: 'IfAvailable' });
  });

  it('resolves a command with a path separator against the kubeconfig folder', async () => {
    const path = tokenPlugin('relative-plugin', V1);
    const { facts } = await run({
      command: './bin/relative-plugin',
      apiVersion: V1,
      interactiveMode: 'Never',
    });
    expect(facts).toMatchObject({ outcome: 'ok', resolvedPath: path });
  });

  it('passes KUBERNETES_EXEC_INFO with cluster info and the env entries', async () => {
    p.script(
      'echo-info',
      'printf %s "$KUBERNETES_EXEC_INFO" > "$INFO_OUT"\nprintf %s "$EXTRA" > "$INFO_OUT.extra"\n' +
        `printf '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"%s"}}' "$EXTRA"`,
    );
    p.file('ca.pem', 'CA BYTES');
    const secretValue = 'env-secret-value-0123456789';
    const { facts, secrets } = await run(
      {
        command: 'echo-info',
        apiVersion: V1,
        interactiveMode: 'IfAvailable',
        provideClusterInfo: true,
        env: [
          { name: 'INFO_OUT', value: `${p.dir}/info.json` },
          { name: 'EXTRA', value: secretValue },
        ],
      },
      {
        cluster: {
          server: 'https://10.0.0.1:6443',
          'certificate-authority': 'ca.pem',
          'tls-server-name': 'kubernetes',
          'proxy-url': 'http://proxy:3128',
          extensions: [{ name: 'client.authentication.k8s.io/exec', extension: { audience: 'x' } }],
        },
      },
    );
    expect(facts.outcome).toBe('ok');
    expect(facts.envNames).toEqual(['INFO_OUT', 'EXTRA']);
    expect(JSON.parse(p.read('info.json'))).toEqual({
      kind: 'ExecCredential',
      apiVersion: V1,
      spec: {
        cluster: {
          server: 'https://10.0.0.1:6443',
          'tls-server-name': 'kubernetes',
          'certificate-authority-data': Buffer.from('CA BYTES').toString('base64'),
          'proxy-url': 'http://proxy:3128',
          config: { audience: 'x' },
        },
        interactive: false,
      },
    });
    expect(p.read('info.json.extra')).toBe(secretValue);
    expect(secrets.scrub(secretValue)).toBe('***');
  });

  it('sends only spec.interactive without provideClusterInfo, and omits an unreadable CA', async () => {
    p.script('echo-info-2', `printf %s "$KUBERNETES_EXEC_INFO" > "${p.dir}/info2.json"\nexit 3`);
    await run(
      { command: 'echo-info-2', apiVersion: V1BETA1 },
      { cluster: { server: 'https://x' } },
    );
    expect(JSON.parse(p.read('info2.json'))).toEqual({
      kind: 'ExecCredential',
      apiVersion: V1BETA1,
      spec: { interactive: false },
    });
    await run(
      { command: 'echo-info-2', apiVersion: V1BETA1, provideClusterInfo: true },
      { cluster: { server: 'https://x', 'certificate-authority': 'missing.pem' } },
    );
    expect(JSON.parse(p.read('info2.json')).spec.cluster).toEqual({ server: 'https://x' });
  });

  it('describes a cert/key pair without keeping the key', async () => {
    const pair = p.keyPair('client');
    p.file(
      'pair.json',
      JSON.stringify({
        kind: 'ExecCredential',
        apiVersion: V1,
        status: { clientCertificateData: pair.cert, clientKeyData: pair.key },
      }),
    );
    p.script('cert-plugin', `cat "${p.dir}/pair.json"`);
    const { facts, json, secrets } = await run({
      command: 'cert-plugin',
      apiVersion: V1,
      interactiveMode: 'Never',
    });
    expect(facts.outcome).toBe('ok');
    const cred = facts.credential!;
    expect(cred.clientCert?.ok && cred.clientCert.value[0]?.subject).toContain('CN=client');
    expect(cred.clientCert?.source).toEqual({ field: 'exec', kind: 'exec', origin: facts.origin });
    expect(cred.clientKey?.ok && cred.clientKey.value.keyType).toBe('ec');
    expect(cred.keyMatchesCert).toBe(true);
    const keyBody = pair.key.split('\n')[1]!;
    expect(json).not.toContain(keyBody);
    expect(secrets.scrub(pair.key)).not.toContain(keyBody);
  });

  it('rejects a key that does not match the certificate', async () => {
    const a = p.keyPair('a');
    const b = p.keyPair('b');
    p.file(
      'mismatch.json',
      JSON.stringify({
        kind: 'ExecCredential',
        apiVersion: V1,
        status: { clientCertificateData: a.cert, clientKeyData: b.key },
      }),
    );
    p.script('mismatch-plugin', `cat "${p.dir}/mismatch.json"`);
    const { facts, json } = await run({
      command: 'mismatch-plugin',
      apiVersion: V1,
      interactiveMode: 'Never',
    });
    expect(facts).toMatchObject({
      outcome: 'invalid-output',
      credential: { keyMatchesCert: false },
    });
    expect(facts.detail).toContain('private key does not match public key');
    expect(json).not.toContain(b.key.split('\n')[1]!);
  });
});

describe('runExecPlugin: output problems', () => {
  const cases: [string, string, RegExp][] = [
    [
      'plain text',
      'echo "hello, I am not JSON"',
      /^decoding stdout: the plugin printed \d+ bytes that are not JSON$/,
    ],
    ['nothing', 'exit 0', /printed nothing on stdout/],
    [
      'logs before JSON',
      `echo "warning: slow"; echo '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"abcd1234"}}'`,
      /other text come before the JSON/,
    ],
    [
      'the wrong apiVersion',
      `echo '{"kind":"ExecCredential","apiVersion":"${V1BETA1}","status":{"token":"abcd1234"}}'`,
      new RegExp(
        `^exec plugin is configured to use API version ${V1}, plugin returned version ${V1BETA1}$`,
      ),
    ],
    [
      'the wrong kind',
      `echo '{"kind":"Secret","apiVersion":"${V1}"}'`,
      /kind is "Secret", expected "ExecCredential"/,
    ],
    [
      'no status',
      `echo '{"kind":"ExecCredential","apiVersion":"${V1}"}'`,
      /^exec plugin didn't return a status field$/,
    ],
    [
      'an empty status',
      `echo '{"kind":"ExecCredential","apiVersion":"${V1}","status":{}}'`,
      /^exec plugin didn't return a token or cert\/key pair$/,
    ],
    [
      'only a certificate',
      `echo '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"clientCertificateData":"x"}}'`,
      /^exec plugin returned only certificate or key, not both$/,
    ],
    [
      'a bad expirationTimestamp',
      `echo '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"abcd1234","expirationTimestamp":"tomorrow"}}'`,
      /"tomorrow" is not an RFC 3339 time/,
    ],
  ];
  it.each(cases)('rejects %s', async (_label, body, detail) => {
    const name = `out-${_label.replace(/\W+/g, '-')}`;
    p.script(name, body);
    const { facts } = await run({ command: name, apiVersion: V1, interactiveMode: 'Never' });
    expect(facts.outcome).toBe('invalid-output');
    expect(facts.detail).toMatch(detail);
  });

  it('rejects certificate data that is not PEM, keeping the parse problem', async () => {
    p.script(
      'bad-pem',
      `echo '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"clientCertificateData":"not pem","clientKeyData":"not a key either"}}'`,
    );
    const { facts, json } = await run({
      command: 'bad-pem',
      apiVersion: V1,
      interactiveMode: 'Never',
    });
    expect(facts.outcome).toBe('invalid-output');
    expect(facts.detail).toMatch(/^failed parsing client key\/certificate: certificate /);
    expect(facts.credential?.clientCert).toMatchObject({ ok: false, source: { kind: 'exec' } });
    expect(json).not.toContain('not a key either');
  });

  it('recognises AWS CLI text output and masks the token in it', async () => {
    const token = `k8s-aws-v1.${'aHR0cHM6Ly9zdHMu'.repeat(8)}`;
    p.script(
      'aws-text',
      `printf '${V1}\\tExecCredential\\nSTATUS\\t2030-01-01T00:00:00Z\\t${token}\\n'\necho "debug ${token}" >&2`,
    );
    const { facts, json } = await run({
      command: 'aws-text',
      apiVersion: V1,
      interactiveMode: 'Never',
    });
    expect(facts).toMatchObject({ outcome: 'invalid-output', cause: 'aws-text-output' });
    expect(facts.detail).toContain('--output json');
    expect(facts.stderrExcerpt).toBe('debug ***');
    expect(json).not.toContain(token);
  });

  it('bounds stdout and stderr of a flooding plugin', async () => {
    p.script(
      'flood',
      'head -c 3000000 /dev/zero | tr "\\0" "a"\nhead -c 3000000 /dev/zero | tr "\\0" "b" >&2\necho "last line" >&2',
    );
    const { facts } = await run({ command: 'flood', apiVersion: V1, interactiveMode: 'Never' });
    expect(facts.outcome).toBe('invalid-output');
    expect(facts.detail).toContain('more than 1 MiB');
    expect(facts.stderrExcerpt!.length).toBeLessThanOrEqual(1000);
    expect(facts.stderrExcerpt).toMatch(/last line$/);
  });
});

describe('runExecPlugin: failures', () => {
  it('reports the exit code, a masked stderr excerpt and an expired AWS SSO session', async () => {
    p.script(
      'sso-expired',
      [
        `echo '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"${TOKEN}"}}'`,
        ...Array.from({ length: 15 }, (_, i) => `echo "noise ${i}" >&2`),
        `echo "leaked ${TOKEN}" >&2`,
        'echo "Error when retrieving token from sso: Token has expired and refresh failed" >&2',
        'exit 255',
      ].join('\n'),
    );
    const { facts } = await run({
      command: 'sso-expired',
      apiVersion: V1,
      interactiveMode: 'Never',
    });
    expect(facts).toMatchObject({ outcome: 'failed', exitCode: 255, cause: 'aws-sso-expired' });
    expect(facts.detail).toMatch(
      /^exec: executable sso-expired failed with exit code 255\. The AWS SSO/,
    );
    expect(facts.stderrExcerpt!.split('\n')).toHaveLength(10);
    expect(facts.stderrExcerpt).toContain('leaked ***');
    expect(facts.stderrExcerpt).not.toContain(TOKEN);
  });

  it('keeps a profile name readable but masks secret env values and secret args', async () => {
    p.script(
      'profile-missing',
      'echo "The config profile ($AWS_PROFILE) could not be found" >&2\necho "key=$API_KEY" >&2\nexit 255',
    );
    const { facts, json } = await run({
      command: 'profile-missing',
      args: [
        '--client-secret=s3cr3t-value-123',
        '--password',
        'hunter2-long',
        '--region',
        'eu-west-1',
      ],
      apiVersion: V1,
      interactiveMode: 'Never',
      env: [
        { name: 'AWS_PROFILE', value: 'deploy' },
        { name: 'API_KEY', value: 'api-key-value-987' },
      ],
    });
    expect(facts).toMatchObject({ outcome: 'failed', cause: 'aws-profile-missing' });
    expect(facts.detail).toContain('The AWS CLI profile "deploy" is not defined');
    expect(facts.stderrExcerpt).toContain('key=***');
    expect(facts.args).toEqual([
      '--client-secret=***',
      '--password',
      '***',
      '--region',
      'eu-west-1',
    ]);
    for (const secret of ['s3cr3t-value-123', 'hunter2-long', 'api-key-value-987']) {
      expect(json).not.toContain(secret);
    }
  });

  it('reports a plugin killed by a signal', async () => {
    p.script('self-kill', 'kill -9 $$');
    const { facts } = await run({ command: 'self-kill', apiVersion: V1, interactiveMode: 'Never' });
    expect(facts).toMatchObject({ outcome: 'failed', signal: 'SIGKILL' });
  });
});

describe('runExecPlugin: time budget', () => {
  const cases: [string, string][] = [
    ['hangs', 'sleep 30'],
    ['ignores SIGTERM', "trap '' TERM\nwhile :; do sleep 1; done"],
    ['leaves a grandchild holding stdout', "trap '' TERM\n(trap '' TERM; sleep 30) &\nwait"],
    ['floods stdout forever', 'yes credential'],
  ];
  it.each(cases)(
    'stops a plugin that %s within the budget plus the 1 s grace',
    async (_l, body) => {
      const name = `slow-${_l.replace(/\W+/g, '-')}`;
      p.script(name, `echo "starting" >&2\n${body}`);
      const { facts, elapsed } = await run(
        { command: name, apiVersion: V1, interactiveMode: 'Never' },
        { budgetMs: 1000 },
      );
      expect(facts.outcome).toBe('timeout');
      expect(facts.stderrExcerpt).toContain('starting');
      expect(elapsed).toBeLessThan(2500);
      expect(elapsed).toBeGreaterThanOrEqual(950);
    },
  );

  it('notices a plugin that exits while a child keeps stdout open (kubectl would hang)', async () => {
    p.script(
      'held-open',
      `(sleep 30) &\necho '{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"${TOKEN}"}}'`,
    );
    const { facts, elapsed, json } = await run(
      { command: 'held-open', apiVersion: V1, interactiveMode: 'Never' },
      { budgetMs: 20_000 },
    );
    expect(facts).toMatchObject({ outcome: 'timeout', cause: 'stdout-held-open', exitCode: 0 });
    expect(elapsed).toBeLessThan(3500);
    expect(json).not.toContain(TOKEN);
  });

  it('stops when the run is cancelled', async () => {
    p.script('cancelled', 'sleep 30');
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 200);
    const started = Date.now();
    const facts = await runExecPlugin(
      p.user({ command: 'cancelled', apiVersion: V1, interactiveMode: 'Never' }),
      undefined,
      p.dir,
      p.env(20_000, ctl.signal),
      new SecretSet(),
    );
    expect(facts.outcome).toBe('timeout');
    expect(facts.detail).toContain('cancelled');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('runExecPlugin: not run', () => {
  const marker = `${p.dir}/ran`;
  p.script('marker', `touch "${marker}"\necho '{}'`);
  const invalid: [string, ExecConfig, string][] = [
    [
      'no command',
      { apiVersion: V1, interactiveMode: 'Never' },
      'command must be specified for ci-user to use exec authentication plugin',
    ],
    [
      'no apiVersion',
      { command: 'marker', interactiveMode: 'Never' },
      'apiVersion must be specified for ci-user to use exec authentication plugin',
    ],
    [
      'v1 without interactiveMode',
      { command: 'marker', apiVersion: V1 },
      'interactiveMode must be specified for ci-user to use exec authentication plugin',
    ],
    [
      'an invalid interactiveMode',
      { command: 'marker', apiVersion: V1, interactiveMode: 'Sometimes' },
      'invalid interactiveMode for ci-user: "Sometimes"',
    ],
    [
      'an env entry without name',
      {
        command: 'marker',
        apiVersion: V1,
        interactiveMode: 'Never',
        env: [{ name: '', value: 'x' }],
      },
      'env variable name must be specified for ci-user to use exec authentication plugin',
    ],
    [
      'an unknown apiVersion',
      {
        command: 'marker',
        apiVersion: 'client.authentication.k8s.io/v2',
        interactiveMode: 'Never',
      },
      'exec plugin: invalid apiVersion "client.authentication.k8s.io/v2"',
    ],
  ];
  it.each(invalid)('refuses %s like clientcmd', async (_l, exec, detail) => {
    const { facts } = await run(exec);
    expect(facts.outcome).toBe('not-run');
    expect(facts.detail).toBe(detail);
    expect(existsSync(marker)).toBe(false);
  });

  it('collects every problem at once', async () => {
    const { facts } = await run({ apiVersion: 'x/v9' });
    expect(facts.detail!.split('; ')).toHaveLength(3);
  });

  it('refuses the removed v1alpha1 API', async () => {
    const v1alpha1 = 'client.authentication.k8s.io/v1alpha1';
    const { facts } = await run({ command: 'marker', apiVersion: v1alpha1 });
    expect(facts).toMatchObject({
      outcome: 'api-version-removed',
      detail: `exec plugin: invalid apiVersion "${v1alpha1}"`,
    });
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses interactiveMode Always (no terminal in CI)', async () => {
    const { facts } = await run({ command: 'marker', apiVersion: V1, interactiveMode: 'Always' });
    expect(facts.outcome).toBe('interactive-required');
    expect(facts.detail).toBe(
      'exec plugin cannot support interactive mode: standard input is not a terminal',
    );
    expect(existsSync(marker)).toBe(false);
  });

  it('reports a missing binary with its sanitised install hint', async () => {
    const { facts } = await run({
      command: 'no-such-plugin',
      apiVersion: V1BETA1,
      installHint: '\u001b[31mInstall\u001b[0m it\u0007 from https://example.test\n',
    });
    expect(facts).toMatchObject({
      outcome: 'not-found',
      installHint: 'Install it from https://example.test',
    });
    expect(facts.detail).toMatch(/^exec: executable no-such-plugin not found \(not on PATH/);
    expect(facts.resolvedPath).toBeUndefined();
  });

  it('reports a relative command missing or not executable, with the path it resolved to', async () => {
    let { facts } = await run({ command: './bin/absent', apiVersion: V1BETA1 });
    expect(facts).toMatchObject({ outcome: 'not-found', resolvedPath: `${p.bin}/absent` });
    p.file('bin/noexec', '#!/bin/sh\n');
    ({ facts } = await run({ command: 'bin/noexec', apiVersion: V1BETA1 }));
    expect(facts).toMatchObject({ outcome: 'not-found', resolvedPath: `${p.bin}/noexec` });
    expect(facts.detail).toContain('is not an executable file');
  });
});

const awsOnPath = (process.env.PATH ?? '').split(':').some((d) => existsSync(`${d}/aws`));

(awsOnPath ? describe : describe.skip)('runExecPlugin: the real aws eks get-token', () => {
  const AWS_ENV = [
    { name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' },
    { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    { name: 'AWS_EC2_METADATA_DISABLED', value: 'true' },
    { name: 'AWS_CONFIG_FILE', value: '/dev/null' },
    { name: 'AWS_SHARED_CREDENTIALS_FILE', value: '/dev/null' },
  ];
  it.each([V1, V1BETA1])('returns a %s EKS token valid for 14 minutes', async (apiVersion) => {
    const before = Date.now();
    const { facts, json, secrets } = await run(
      {
        command: 'aws',
        args: ['eks', 'get-token', '--cluster-name', 'demo', '--region', 'eu-west-1'],
        apiVersion,
        interactiveMode: 'Never',
        env: AWS_ENV,
      },
      { budgetMs: 20_000 },
    );
    // 'ok' means the CLI echoed the configured apiVersion back (a mismatch is invalid-output).
    expect(facts).toMatchObject({
      outcome: 'ok',
      apiVersion,
      resolvedPath: expect.stringMatching(/\/aws$/),
    });
    expect(facts.credential?.token?.format).toBe('eks');
    expect(facts.credential?.token?.eks?.region).toBe('eu-west-1');
    const expires = Date.parse(facts.credential!.expirationTimestamp!);
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 14 * 60_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 14 * 60_000 + 1000);
    // The token is signed now and accepted for 15 minutes; the CLI advertises 14.
    const signedAt = Date.parse(facts.credential!.token!.eks!.signedAt);
    expect(Math.abs(expires - (signedAt + 14 * 60_000))).toBeLessThanOrEqual(2000);
    expect(Date.parse(facts.credential!.token!.expiresAt!)).toBe(signedAt + 15 * 60_000);
    expect(json).not.toContain('k8s-aws-v1.');
    expect(json).not.toContain('wJalrXUtnFEMI');
    expect(secrets.scrub('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe('***');
  });
});
