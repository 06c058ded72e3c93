import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { cli, EXIT } from '../src/cli.js';
import { CHECKS } from '../src/checks/index.js';
import { cliSecrets, expectNoSecretIn } from './helpers/canary.js';
import { schemaErrors } from './helpers/schema.js';

const examples = path.resolve(import.meta.dirname, '../examples');

/** The example kubeconfigs name servers that do not exist: check them offline. */
async function runCli(given: string[], env: Record<string, string> = {}) {
  const args = given.includes('--offline') ? given : [...given, '--offline'];
  let out = '';
  let err = '';
  const runEnv = { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', ...env };
  const code = await cli(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: false,
    env: runEnv,
    cwd: examples,
  });
  // Every run: no secret its kubeconfig holds reaches what it printed.
  expectNoSecretIn({ out, err }, cliSecrets(args, runEnv, examples));
  return { code, out, err };
}

describe('cli', () => {
  it('checks a kubeconfig and exits 1 on errors, with a plain report when not on a TTY', async () => {
    const r = await runCli(['--kubeconfig', 'broken/expired-token.yaml', '--offline']);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toContain('FAIL: Cluster credentials will not work');
    expect(r.out).toContain('[token/expired]');
    expect(r.out).not.toContain('\x1b[');
  });

  it('prints the JSON report with --json and never the token', async () => {
    const before = Date.now();
    const r = await runCli(['check', '--kubeconfig', 'broken/expired-token.yaml', '--json']);
    const took = Date.now() - before;
    const report = JSON.parse(r.out);
    expect(report.schemaVersion).toBe(1);
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    expect(report.durationMs).toBeLessThanOrEqual(took);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.result).toBe('fail');
    expect(report.findings.map((f: { id: string }) => f.id)).toContain('token/expired');
    expect(r.out).not.toContain('bm90LWEtcmVhbC1zaWduYXR1cmU');
  });

  it('exits 0 for a healthy kubeconfig, and 0 on errors with --fail-on never', async () => {
    expect((await runCli(['--kubeconfig', 'ok/token.yaml'])).code).toBe(EXIT.ok);
    expect(
      (await runCli(['--kubeconfig', 'broken/expired-token.yaml', '--fail-on', 'never'])).code,
    ).toBe(EXIT.ok);
  });

  it('--config applies a policy file: the suppressed finding is listed, not counted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-cli-policy-'));
    try {
      const policy = path.join(dir, 'policy.yml');
      writeFileSync(
        policy,
        'suppress:\n  - {check: token/expired, context: ci, reason: break-glass (OPS-9)}\n',
      );
      const args = ['--kubeconfig', 'broken/expired-token.yaml', '--config', policy];
      const r = await runCli(args);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain(`1 finding(s) suppressed by ${policy}: token/expired`);
      const json = JSON.parse((await runCli([...args, '--json'])).out);
      expect(schemaErrors(json)).toEqual([]);
      expect(json.suppressed[0]).toMatchObject({
        id: 'token/expired',
        suppressed: { reason: 'break-glass (OPS-9)', line: 2 },
      });
      const missing = await runCli([
        '--kubeconfig',
        'ok/token.yaml',
        '--config',
        path.join(dir, 'nope.yml'),
      ]);
      expect(missing.code).toBe(EXIT.failed);
      expect(missing.out).toContain('[policy/invalid]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows KUBECONFIG like kubectl when no --kubeconfig is given', async () => {
    const r = await runCli(['--json'], {
      KUBECONFIG: path.join(examples, 'broken/expired-token.yaml'),
    });
    expect(JSON.parse(r.out).contexts[0].name).toBe('ci');
  });

  it('--aws and --eks-cluster work as the action inputs of the same names', async () => {
    const eks = ['--kubeconfig', 'broken/old-eks.yaml', '--json'];
    const auto = JSON.parse((await runCli(eks)).out);
    expect(auto.eksCluster).toBe('prod');
    expect(auto.contexts[0].aws).toMatchObject({ eksCluster: 'prod' });
    const off = JSON.parse((await runCli([...eks, '--aws', 'false'])).out);
    expect(off.eksCluster).toBeUndefined();
    expect(off.contexts[0].aws).toBeUndefined();
    // A kubeconfig that says nothing of EKS: the option names the cluster.
    const named = ['--kubeconfig', 'ok/token.yaml', '--json', '--eks-cluster', 'blue'];
    const blue = JSON.parse((await runCli(named)).out);
    expect(blue.eksCluster).toBe('blue');
    expect(blue.contexts[0].aws.signals).toEqual(['`--eks-cluster`']);
  });

  it('names its options where the action would name its inputs', async () => {
    const r = await runCli(['--kubeconfig', 'ok/token.yaml', '--context', 'nope']);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toContain('Context "nope", selected by `--context`, is not defined');
    const json = await runCli(['--kubeconfig', 'ok/token.yaml', '--context', 'nope', '--json']);
    const messages = JSON.parse(json.out).findings.map((f: { message: string }) => f.message);
    expect(messages).toContain(
      'Context "nope", selected by `--context`, is not defined; defined contexts: "ci".',
    );
    const explained = (await runCli(['explain', 'exec/timeout'])).out;
    expect(explained).toContain('raise `--timeout`');
    expect(explained).not.toMatch(/`timeout` input/);
  });

  it('explains a check, and lists the ids for an unknown one', async () => {
    const ok = await runCli(['explain', 'token/expired']);
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.out).toMatch(/^token\/expired — /);
    const bad = await runCli(['explain', 'nope/nope']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain(CHECKS[0]?.id);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [
      ['--min-validity', 'soon'],
      /Option --min-validity must be a duration such as 90s, 15m, 12h or 30d/,
    ],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['--aws', 'maybe'], /Option --aws must be one of auto, true, false \(got "maybe"\)/],
  ])('rejects %j with exit 2 and a clear message', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(message);
  });

  it('offers every action input that means something outside GitHub as an option', async () => {
    const action = parse(readFileSync(path.resolve(examples, '../action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    // GitHub-only inputs, and two that the CLI spells its own way (`audit`, `--report`).
    const elsewhere = ['github-token', 'issue', 'check-run', 'check-name', 'audit-name'];
    const spelled = { mode: 'audit [options]', 'report-path': '--report <file>' };
    const help = (await runCli(['--help'])).out;
    for (const input of Object.keys(action.inputs).filter((i) => !elsewhere.includes(i))) {
      const option = spelled[input as keyof typeof spelled];
      if (option) expect(help).toContain(option);
      else expect(help).toMatch(new RegExp(`^  --${input} `, 'm'));
    }
  });

  it('prints help and version', async () => {
    expect((await runCli(['--help'])).out).toContain('Exit codes: 0 passed');
    expect((await runCli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
