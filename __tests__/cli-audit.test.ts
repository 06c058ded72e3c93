/** `kube-preflight audit`: every context of a kubeconfig, the soonest expiry first. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli, EXIT } from '../src/cli.js';
import { cliSecrets, expectNoSecretIn } from './helpers/canary.js';
import { b64, makeCA, makeCert } from './helpers/pki.js';
import { schemaErrors } from './helpers/schema.js';
import { makeJwt, seconds } from './helpers/tokens.js';

const DAY = 86_400_000;
const dir = mkdtempSync(path.join(tmpdir(), 'kp-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ca = makeCA({ cn: 'fleet-ca' });
const cert = (days: number) =>
  makeCert({ cn: `ci-${days}`, issuer: ca, notAfter: new Date(Date.now() + days * DAY) });
const token = (hours: number) =>
  makeJwt({
    sub: 'system:serviceaccount:ci:deployer',
    iat: seconds(new Date()) - 7200,
    exp: seconds(new Date()) + hours * 3600,
  });

const certUser = (days: number) => {
  const c = cert(days);
  return [`client-certificate-data: ${b64(c.certPem)}`, `client-key-data: ${b64(c.keyPem)}`];
};

/** Contexts on loopback servers that are never asked (offline). */
function fleet(): string {
  const users: [string, string[]][] = [
    ['prod-a', certUser(2)],
    ['prod-b', [`token: ${token(-1)}`]],
    ['staging', certUser(300)],
    ['dev', []],
  ];
  const server = (i: number) => `https://127.0.0.${i + 1}:6443`;
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    ...users.map(
      ([n], i) =>
        `- name: ${n}\n  cluster:\n    server: ${server(i)}\n    certificate-authority-data: ${b64(ca.certPem)}`,
    ),
    'contexts:',
    ...users.map(([n]) => `- name: ${n}\n  context: {cluster: ${n}, user: ${n}}`),
    'users:',
    ...users.map(
      ([n, fields]) =>
        `- name: ${n}\n  user:${fields.length ? fields.map((l) => `\n    ${l}`).join('') : ' {}'}`,
    ),
    '',
  ].join('\n');
}

async function audit(...args: string[]) {
  let out = '';
  const env = { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home' };
  const code = await cli(['audit', '--offline', ...args], {
    out: (s) => (out += s),
    err: (s) => (out += s),
    isTTY: false,
    env,
    cwd: dir,
  });
  // Every run: no secret its kubeconfigs hold reaches what it printed.
  expectNoSecretIn({ out }, cliSecrets(args, env, dir));
  return { code, out };
}

describe('kube-preflight audit', () => {
  const file = path.join(dir, 'fleet.yaml');
  writeFileSync(file, fleet());

  it('checks every context (no current-context needed) and lists them by time to expiry', async () => {
    const summary = path.join(dir, 'summary.md');
    const r = await audit('--kubeconfig', file, '--summary-file', summary);
    expect(r.code).toBe(EXIT.failed);
    const rows = r.out.split('\n').filter((l) => /^(prod-a|prod-b|staging|dev) /.test(l));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['prod-b', 'prod-a', 'staging', 'dev']);
    expect(rows.map((l) => l.trim().split(/\s+/).pop())).toEqual(['fail', 'warn', 'pass', 'fail']);
    expect(r.out).not.toContain('kubeconfig/no-current-context');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('### Audit: 4 contexts, soonest expiry first');
    expect(md.indexOf('`prod-b`')).toBeLessThan(md.indexOf('`prod-a`'));
    expect(md).toMatch(
      /\| `staging` \| `staging` \| `ci-300` \| client-certificate \| \S+ \| 299d 23h \| ✅ pass \|/,
    );
    expect(md).not.toContain('### Credentials');
  });

  it('--contexts narrows the audit; globs that match nothing are an error', async () => {
    const r = await audit('--kubeconfig', file, '--contexts', 'prod-*', '--json');
    const report = JSON.parse(r.out);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.mode).toBe('audit');
    expect(report.contexts.map((c: { name: string }) => c.name)).toEqual(['prod-a', 'prod-b']);
    expect(report.contexts.map((c: { status: string }) => c.status)).toEqual(['warn', 'fail']);
    const none = await audit('--kubeconfig', file, '--contexts', 'qa-*', '--contexts', 'dev?');
    expect(none.code).toBe(EXIT.failed);
    expect(none.out).toContain('[kubeconfig/audit-no-match]');
    expect(none.out).toContain('No context matches "qa-*", "dev?"');
  });

  it('rejects a bad concurrency with the option name', async () => {
    const r = await audit('--kubeconfig', file, '--concurrency', '0');
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toContain('Option --concurrency must be a whole number from 1 to 64 (got "0")');
  });

  it('audits several files (a glob, a list) each on its own, naming contexts by file', async () => {
    for (const f of ['a', 'b']) writeFileSync(path.join(dir, `team-${f}.yaml`), fleet());
    const r = await audit('--kubeconfig', 'team-*.yaml\nmissing/*.yaml', '--json');
    const report = JSON.parse(r.out);
    expect(schemaErrors(report)).toEqual([]);
    const names = report.contexts.map((c: { name: string }) => c.name);
    expect(names).toHaveLength(8);
    expect(names).toEqual(expect.arrayContaining(['team-a.yaml:prod-a', 'team-b.yaml:prod-a']));
    const expired = report.findings.filter((f: { id: string }) => f.id === 'token/expired');
    expect(expired.map((f: { context: string }) => f.context).sort()).toEqual([
      'team-a.yaml:prod-b',
      'team-b.yaml:prod-b',
    ]);
    const notFound = report.findings.find((f: { id: string }) => f.id === 'kubeconfig/not-found');
    expect(notFound?.message).toContain('missing/*.yaml');
  });

  it('a glob cut short by its depth bound says so, and audits what it found', async () => {
    const deep = path.join(dir, 'tree', ...Array.from({ length: 14 }, (_, i) => `l${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, 'config'), fleet());
    writeFileSync(path.join(dir, 'tree', 'config'), fleet());
    const report = JSON.parse((await audit('--kubeconfig', 'tree/**/config', '--json')).out);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.contexts.map((c: { name: string }) => c.name)).toContain('tree/config:dev');
    expect(report.contexts).toHaveLength(4); // the file 14 levels down was not reached
    const cut = report.findings.filter(
      (f: { id: string }) => f.id === 'kubeconfig/audit-glob-limit',
    );
    expect(cut).toHaveLength(1);
    expect(cut[0].message).toBe(
      'The pattern "tree/**/config" reaches more than 12 directory levels below its first wildcard; kubeconfig files past that point were not audited.',
    );
  });

  it('several files: a context filter or a suppression may name <file>:<context> or the context; run-wide checks once', async () => {
    const one = (ctx: string, hours: number) =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]',
        `contexts: [{name: ${ctx}, context: {cluster: c, user: u}}]`,
        `users: [{name: u, user: {token: ${token(hours)}}}]`,
        '',
      ].join('\n');
    writeFileSync(path.join(dir, 'x.yaml'), one('only-x', -1));
    writeFileSync(path.join(dir, 'y.yaml'), one('only-y', -1));
    const policy = path.join(dir, 'multi-policy.yml');
    writeFileSync(
      policy,
      [
        'suppress:',
        "  - {check: token/expired, context: 'y.yaml:*', reason: y is being retired}",
        '  - {check: cert/client-expiring, reason: old, until: 2020-01-01}',
        '',
      ].join('\n'),
    );
    const run = async (...args: string[]) =>
      JSON.parse((await audit('--kubeconfig', 'x.yaml\ny.yaml', '--json', ...args)).out);
    const byName = await run('--contexts', 'only-x');
    expect(byName.contexts.map((c: { name: string }) => c.name)).toEqual(['x.yaml:only-x']);
    expect(byName.findings.map((f: { id: string }) => f.id)).not.toContain(
      'kubeconfig/audit-no-match',
    );
    const byFile = await run('--contexts', 'y.yaml:*');
    expect(byFile.contexts.map((c: { name: string }) => c.name)).toEqual(['y.yaml:only-y']);
    const none = await run('--contexts', 'z*');
    const noMatch = none.findings.filter(
      (f: { id: string }) => f.id === 'kubeconfig/audit-no-match',
    );
    expect(noMatch.map((f: { message: string }) => f.message)).toEqual([
      'No context matches "z*"; the kubeconfig defines "x.yaml:only-x", "y.yaml:only-y".',
    ]);
    const suppressed = await run('--config', policy);
    expect(suppressed.suppressed.map((f: { context: string }) => f.context)).toEqual([
      'y.yaml:only-y',
    ]);
    const ids = suppressed.findings.map((f: { id: string }) => f.id);
    expect(ids.filter((id: string) => id === 'policy/suppression-expired')).toHaveLength(1);
    expect(ids.filter((id: string) => id === 'token/expired')).toHaveLength(1);
  });
});
