/** The bundled action, run as the runner runs it, on generated scenarios. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { canary } from '../helpers/canary.js';
import { tempDir, type TempDir } from '../helpers/kubeconfig.js';
import { expectNoLeak, runAction as runBundled, type ActionRun } from '../helpers/runner.js';
import { schemaErrors } from '../helpers/schema.js';
import { makeJwt, seconds } from '../helpers/tokens.js';
import { b64, makeCA, makeCert } from '../helpers/pki.js';

/**
 * Runs the bundle offline (these kubeconfigs point at servers that do not exist; the live checks
 * have their own scenarios); every report it writes must match the documented schema.
 */
function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const run = runBundled({ offline: 'true', ...inputs }, env);
  if (run.report) expect(schemaErrors(run.report)).toEqual([]);
  return run;
}


function kubeconfig(user: string, extra = ''): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'current-context: ci',
    'clusters:',
    '- name: c',
    '  cluster:',
    '    server: https://127.0.0.1:6443',
    'contexts:',
    '- name: ci',
    '  context: {cluster: c, user: u, namespace: apps}',
    'users:',
    '- name: u',
    '  user:',
    user,
    extra,
  ].join('\n');
}

function jwt(expiresInSeconds: number, subject = 'system:serviceaccount:ci:deployer'): string {
  const now = seconds(new Date());
  const exp = now + expiresInSeconds;
  return makeJwt({ iss: 'https://kubernetes.default.svc', sub: subject, iat: Math.min(now - 60, exp - 3600), exp, jti: canary('jti') });
}

const scratches: TempDir[] = [];
afterAll(() => scratches.forEach((d) => d.remove()));

/** A folder for a scenario's files (plugins, workspaces), removed after the file. */
function scratch(): string {
  const d = tempDir('kp-action-');
  scratches.push(d);
  return d.root;
}

function ids(run: ActionRun): string[] {
  return (run.report?.findings ?? []).map((f) => f.id);
}


describe('dist/index.js as the runner runs it', () => {
  it('passes a healthy token kubeconfig, sets every output, masks the token', () => {
    const token = jwt(7200);
    const run = runAction({ kubeconfig: kubeconfig(`    token: ${token}`), 'warn-within': '1h' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', errors: '0', warnings: '0', identity: 'system:serviceaccount:ci:deployer' });
    expect(Number(run.outputs['seconds-to-expiry'])).toBeGreaterThan(7000);
    expect(run.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(run.outputs.report).toBe(path.join(run.dir, 'kube-preflight-report.json'));
    expect(run.report?.result).toBe('pass');
    expect(run.summary).toContain('## ✅ kube-preflight');
    expectNoLeak(run, [token]);
  });

  it('fails on an expired token with an annotation, summary, outputs and exit code 1', () => {
    const token = jwt(-3600);
    const file = path.join(scratch(), 'kubeconfig');
    writeFileSync(file, kubeconfig(`    token: ${token}`));
    const run = runAction({ kubeconfig: file });
    expect(run.code).toBe(1);
    expect(ids(run)).toContain('token/expired');
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toMatch(/^::error title=Bearer token has expired \(token\/expired\)/m);
    expect(run.stdout).toMatch(/^::error::kube-preflight found 1 error/m);
    expect(run.summary).toContain('Bearer token has expired');
    expectNoLeak(run, [token]);
  });

  it('fails on an expired client certificate (ECDSA), CA read from a relative file, key masked', () => {
    const dir = scratch();
    const ca = makeCA({ cn: 'kubernetes', keyType: 'p256' });
    const cert = makeCert({
      cn: 'ci-deployer',
      orgs: ['deployers'],
      issuer: ca,
      keyType: 'p256',
      notBefore: new Date(Date.now() - 400 * 86400_000),
      notAfter: new Date(Date.now() - 2 * 3600_000),
    });
    writeFileSync(path.join(dir, 'ca.crt'), ca.certPem);
    const user = `    client-certificate-data: ${b64(cert.certPem)}\n    client-key-data: ${b64(cert.keyPem)}`;
    const file = path.join(dir, 'kubeconfig');
    writeFileSync(file, kubeconfig(user).replace('    server: https://127.0.0.1:6443', '    server: https://127.0.0.1:6443\n    certificate-authority: ca.crt'));
    const run = runAction({ kubeconfig: file });
    expect(run.code).toBe(1);
    expect(ids(run)).toEqual(['cert/client-expired']);
    expect(run.outputs.identity).toBe('ci-deployer');
    expect(Number(run.outputs['seconds-to-expiry'])).toBeLessThan(-7000);
    expect(run.summary).toContain('| `ci` | client-certificate |');
    expect(run.summary).toMatch(/\| `ci` \| ca-certificate \| CN=kubernetes \|/);
    expectNoLeak(run, [cert.keyPem]);
  });

  it('does not fail the step with fail-on: never, but still reports fail', () => {
    const run = runAction({ kubeconfig: kubeconfig(`    token: ${jwt(-60)}`), 'fail-on': 'never' });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('fail');
  });

  it('explains an empty kubeconfig secret on a pull request', () => {
    const run = runAction({ kubeconfig: '' }, { GITHUB_EVENT_NAME: 'pull_request' });
    expect(run.code).toBe(1);
    expect(ids(run)).toEqual(['kubeconfig/empty-input']);
    expect(run.report?.findings[0]?.message).toMatch(/fork/i);
  });

  it('masks base64 kubeconfig content and every secret inside it', () => {
    const password = canary('password');
    const token = jwt(7200);
    const content = kubeconfig(`    token: ${token}`).replace('server: https://127.0.0.1:6443', 'server: https://127.0.0.1:6443');
    const withBasic = `${content.replace(`    token: ${token}`, `    username: admin\n    password: ${password}`)}`;
    const b64 = Buffer.from(withBasic).toString('base64');
    const run = runAction({ kubeconfig: b64 });
    expect(ids(run)).toContain('kubeconfig/basic-auth');
    expectNoLeak(run, [password, b64]);
  });

  it('runs an exec plugin like client-go and judges the credential it returns', () => {
    const token = jwt(-60);
    const dir = scratch();
    const plugin = path.join(dir, 'plugin.sh');
    const cred = JSON.stringify({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: { token, expirationTimestamp: new Date(Date.now() - 60_000).toISOString() },
    });
    writeFileSync(plugin, `#!/bin/sh\ncat <<'EOF'\n${cred}\nEOF\n`, { mode: 0o755 });
    const user = `    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ${plugin}\n      interactiveMode: Never`;
    const run = runAction({ kubeconfig: kubeconfig(user), 'min-validity': '15m' });
    expect(run.code).toBe(1);
    expect(ids(run)).toContain('exec/credential-expired');
    expectNoLeak(run, [token]);
  });

  it('exec plugins never see the action inputs: no GitHub token, no kubeconfig content', () => {
    const token = canary('ghs');
    const dir = scratch();
    const plugin = path.join(dir, 'env-plugin.sh');
    writeFileSync(plugin, `#!/bin/sh\nenv | grep '^INPUT_' >&2\necho "end of inputs" >&2\nexit 1\n`, { mode: 0o755 });
    const user = `    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ${plugin}\n      interactiveMode: Never`;
    const run = runAction({ kubeconfig: kubeconfig(user), 'github-token': token, offline: 'true' });
    expect(ids(run)).toContain('exec/failed');
    const failed = run.report?.findings.find((f) => f.id === 'exec/failed');
    expect(failed?.evidence?.stderr).toBe('end of inputs');
    expectNoLeak(run, [token]);
  });

  it('reports a missing exec plugin with its install hint', () => {
    const user = `    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kp-no-such-plugin\n      installHint: get it from example.invalid`;
    const run = runAction({ kubeconfig: kubeconfig(user) });
    expect(ids(run)).toContain('exec/not-found');
    expect(run.summary).toContain('example.invalid');
  });

  it('ends a hanging exec plugin within the timeout with a finding', () => {
    const dir = scratch();
    const plugin = path.join(dir, 'hang.sh');
    writeFileSync(plugin, "#!/bin/sh\ntrap '' TERM\nsleep 30\n", { mode: 0o755 });
    const user = `    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ${plugin}\n      interactiveMode: Never`;
    const started = Date.now();
    const run = runAction({ kubeconfig: kubeconfig(user), timeout: '2s' });
    const elapsed = Date.now() - started;
    expect(ids(run)).toContain('exec/timeout');
    expect(run.code).toBe(1);
    expect(elapsed).toBeLessThan(2000 * 1.1 + 600); // the budget + 10%, plus node start-up
  });

  it('reports malformed YAML with its line and column, never a stack trace', () => {
    const run = runAction({ kubeconfig: 'apiVersion: v1\nclusters:\n  - name: a\n    cluster: [\n' });
    expect(ids(run)).toEqual(['kubeconfig/unparseable']);
    expect(run.report?.findings[0]?.message).toMatch(/<input>:\d+:\d+/);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/\n\s+at .+\.js:\d+/);
  });

  it('fails with the input name and accepted values on invalid inputs', () => {
    const run = runAction({ 'min-validity': 'soon' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'min-validity' must be a duration such as 90s, 15m, 12h or 30d");
    expect(run.report).toBeUndefined();
  });

  it('applies the workspace policy file: a suppression with its reason, a default threshold', () => {
    const token = jwt(-3600);
    const workspace = scratch();
    mkdirSync(path.join(workspace, '.github'));
    writeFileSync(
      path.join(workspace, '.github/kube-preflight.yml'),
      [
        'defaults:',
        '  warn-within: 1h',
        'suppress:',
        '  - check: token/expired',
        '    context: c*',
        '    reason: break-glass token, rotated by hand (OPS-77)',
        '    until: 2099-12-31',
        '',
      ].join('\n'),
    );
    const inputs = { kubeconfig: kubeconfig(`    token: ${token}`), offline: 'true' };
    const run = runAction(inputs, { GITHUB_WORKSPACE: workspace });
    expect(run.code).toBe(0);
    expect(ids(run)).not.toContain('token/expired');
    expect(run.outputs.errors).toBe('0');
    expect(run.report?.policy).toEqual({ path: '.github/kube-preflight.yml', applied: true });
    expect(run.report?.suppressed?.map((f) => [f.id, f.suppressed?.reason, f.suppressed?.line])).toEqual([
      ['token/expired', 'break-glass token, rotated by hand (OPS-77)', 4],
    ]);
    expect(run.summary).toContain('1 finding suppressed by the policy file');
    expect(run.summary).toContain('break-glass token, rotated by hand (OPS-77) (until 2099-12-31)');
    expect(run.stdout).not.toMatch(/^::error/m);
    expectNoLeak(run, [token]);
    // The policy's warn-within (1h) replaces the built-in 30d: a token with 2h left is fine.
    const later = jwt(7200);
    const calm = runAction(
      { kubeconfig: kubeconfig(`    token: ${later}`), offline: 'true' },
      { GITHUB_WORKSPACE: workspace },
    );
    expect(ids(calm)).toEqual([]);
    const builtIn = runAction({ kubeconfig: kubeconfig(`    token: ${later}`), offline: 'true' });
    expect(ids(builtIn)).toEqual(['token/expiring']);
  });

  it('reports an invalid policy file at its line and applies none of it', () => {
    const token = jwt(-3600);
    const workspace = scratch();
    mkdirSync(path.join(workspace, 'ci'));
    writeFileSync(
      path.join(workspace, 'ci/policy.yml'),
      'suppress:\n  - check: token/expird\n    reason: typo\n',
    );
    const inputs = { kubeconfig: kubeconfig(`    token: ${token}`), offline: 'true', config: 'ci/policy.yml' };
    const run = runAction(inputs, { GITHUB_WORKSPACE: workspace });
    expect(run.code).toBe(1);
    expect(ids(run)).toEqual(expect.arrayContaining(['policy/invalid', 'token/expired']));
    expect(run.report?.policy).toEqual({ path: 'ci/policy.yml', applied: false });
    expect(run.stdout).toMatch(
      /^::error title=The policy file is invalid and was not applied \(policy\/invalid\),file=ci\/policy\.yml,line=2::Policy file ci\/policy\.yml:2 names no check "token\/expird" \(did you mean "token\/expired"\?\)/m,
    );
  });

  it('finds nothing to check and says why when there is no kubeconfig at all', () => {
    const run = runAction({});
    expect(ids(run)).toContain('kubeconfig/not-found');
    expect(run.stderr).toBe('');
  });
});
