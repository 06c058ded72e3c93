/**
 * Secret canaries through every entry point (issue 6): the in-process CLI, the bundled CLI and the
 * bundled action (offline, base64 input, KUBECONFIG files, audit, and live with AWS keys in the
 * environment). After each run, stdout, stderr, the job summary, GITHUB_OUTPUT, the JSON report
 * and every annotation command are scanned: no canary may appear, and every secret the run read
 * was handed to ::add-mask::. (Every other bundled run in the suite is checked the same way by
 * runner.ts against the secrets its own inputs hold.)
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from '../../src/cli.js';
import { canary, findLeaks } from '../helpers/canary.js';
import { leakSurfaces, masked, ROOT, runAction, type ActionRun } from '../helpers/runner.js';
import { plantedKubeconfig } from './kubeconfig.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kp-canary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const planted = plantedKubeconfig(dir);
const file = path.join(dir, 'kubeconfig');
writeFileSync(file, planted.kubeconfig, { mode: 0o600 });

function expectNone(surfaces: Record<string, string>, secrets: string[]): void {
  expect(findLeaks(surfaces, secrets)).toEqual([]);
}

/** `unknown`: canaries the run could not have read (see Planted.readOnlyInAudit). */
function expectActionClean(
  run: ActionRun,
  extraMasked: string[] = [],
  unknown: string[] = [],
): void {
  expect(run.stderr).toBe('');
  expect(run.reportText).not.toBe('');
  if (run.report?.findings.length) expect(run.stdout).toMatch(/^::(error|warning|notice)/m);
  const known = [...planted.all, ...extraMasked].filter((s) => !unknown.includes(s));
  expectNone(leakSurfaces(run), known);
  expect(masked(run)).toEqual(expect.arrayContaining([...planted.masked, ...extraMasked]));
}

describe('secret canaries: none reach anything a run writes; every secret read is masked', () => {
  it.each([
    ['YAML content', planted.kubeconfig],
    ['base64 content', Buffer.from(planted.kubeconfig).toString('base64')],
    ['a file path', file],
  ])('the action, auditing every context offline (kubeconfig as %s)', (_, kubeconfig) => {
    const github = canary('github-token');
    const run = runAction({ kubeconfig, mode: 'audit', offline: 'true', 'github-token': github });
    expect(run.report?.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['exec/failed', 'kubeconfig/basic-auth']),
    );
    expectActionClean(run, [github, planted.keyPem]);
  });

  it.each(['exec-fails', 'eks', 'oidc', 'token-file'])(
    'the action checking context %s from KUBECONFIG, offline',
    (context) => {
      const run = runAction({ context, offline: 'true' }, { KUBECONFIG: file });
      expect(run.report?.contexts).toMatchObject([{ name: context }]);
      const own = { eks: [planted.readOnlyInAudit[2]], 'token-file': [planted.readOnlyInAudit[0]] };
      const unknown = planted.readOnlyInAudit.filter(
        (s) => !(own[context as keyof typeof own] ?? []).includes(s),
      );
      expectActionClean(run, [], unknown);
    },
  );

  it('the action live, with AWS keys in the environment and AWS answering nothing', () => {
    const aws = { key: canary('aws-secret'), session: canary('aws-session-env') };
    const run = runAction(
      {
        context: 'eks-exec-fails',
        aws: 'true',
        'eks-cluster': 'prod',
        'aws-region': 'eu-west-1',
        timeout: '5s',
      },
      {
        KUBECONFIG: file,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: aws.key,
        AWS_SESSION_TOKEN: aws.session,
        AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
      },
    );
    const ids = run.report?.findings.map((f) => f.id) ?? [];
    expect(ids).toContain('exec/failed'); // the plugin printed the keys it inherited, then failed
    expect(ids.some((id) => id.startsWith('aws/'))).toBe(true); // and the gate read them too
    expectActionClean(run, [aws.key, aws.session], planted.readOnlyInAudit);
  });

  it('the action with aws: false: AWS keys a failing plugin echoes are masked all the same', () => {
    const aws = { key: canary('aws-secret-off'), session: canary('aws-session-off') };
    const run = runAction(
      { context: 'eks-exec-fails', aws: 'false', timeout: '5s' },
      {
        KUBECONFIG: file,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: aws.key,
        AWS_SESSION_TOKEN: aws.session,
      },
    );
    const ids = run.report?.findings.map((f) => f.id) ?? [];
    expect(ids).toContain('exec/failed'); // its stderr holds both keys
    expect(ids.filter((id) => id.startsWith('aws/'))).toEqual([]);
    expectActionClean(run, [aws.key, aws.session], planted.readOnlyInAudit);
  });

  it.each([
    ['audit', '--offline'],
    ['audit', '--offline', '--json'],
    ['--context', 'exec-fails', '--offline'],
  ])('the bundled CLI: %j', (...args) => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), ...args, '--kubeconfig', file],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: dir,
          NO_COLOR: '1',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/exec\/failed|exec-fails/);
    const audit = args[0] === 'audit'; // a check of one context cannot know the others' files
    const known = planted.all.filter((c) => audit || !planted.readOnlyInAudit.includes(c));
    expectNone({ stdout: r.stdout, stderr: r.stderr }, known);
  });

  it('the CLI in process, writing a report and a summary file', async () => {
    let out = '';
    let err = '';
    const report = path.join(dir, 'report.json');
    const summary = path.join(dir, 'summary.md');
    const code = await cli(
      ['audit', '--offline', '--kubeconfig', file, '--report', report, '--summary-file', summary],
      {
        out: (s) => (out += s),
        err: (s) => (err += s),
        isTTY: false,
        env: { HOME: dir, PATH: process.env.PATH ?? '' },
        cwd: dir,
      },
    );
    expect(code).toBe(1);
    expectNone(
      { out, err, report: readFileSync(report, 'utf8'), summary: readFileSync(summary, 'utf8') },
      planted.all,
    );
  });
});
