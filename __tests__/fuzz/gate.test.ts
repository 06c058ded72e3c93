/**
 * Fuzz: the whole offline gate (runEngine, offline) on fuzzed kubeconfigs given inline, as base64,
 * as a file or through KUBECONFIG, with a fuzzed exec plugin's stdout and policy file, in check and
 * audit mode. Every run must end in a report of known findings, with no stack trace and no secret.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { CHECKS } from '../../src/checks/index.js';
import { CHECK_IDS } from '../../src/checks/ids.js';
import type { Config } from '../../src/config.js';
import { runEngine } from '../../src/engine.js';
import {
  decodeBase64Kubeconfig,
  interpretKubeconfigInput,
} from '../../src/gather/kubeconfig/input.js';
import { auditEntries } from '../../src/gather/kubeconfig/audit-files.js';
import { parseKubeconfigText } from '../../src/gather/kubeconfig/parse.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { parsePolicy } from '../../src/policy/parse.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminal } from '../../src/report/terminal.js';
import {
  execStdout,
  kubeconfigInput,
  NOW,
  PLUGIN,
  policyText,
  seeds,
  text,
} from './arbitraries/index.js';
import { fuzzAsync, holdsSecret, STACK_TRACE, stringsOf, TIMEOUT } from './budget.js';

let root = '';
const dir = (name: string) => path.join(root, name);
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kp-fuzz-gate-'));
  for (const d of ['home', 'work', 'bin']) mkdirSync(dir(d));
  writeFileSync(dir(`bin/${PLUGIN}`), '#!/bin/sh\n/bin/cat "$KP_FUZZ_STDOUT"\n');
  chmodSync(dir(`bin/${PLUGIN}`), 0o755);
  writeFileSync(dir('work/token'), 'file-token-value-0123456789\n');
  writeFileSync(dir('work/ca.pem'), seeds().ca.certPem);
  writeFileSync(dir('work/binary'), Buffer.from([0, 0xff, 0xfe, 0x30, 0x82]));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const glob = fc.oneof(fc.constantFrom('*', 'prod*', '?', 'fuzz:*', '*.kubeconfig:ci', ''), text);
const runOf = (mode: Config['mode']) =>
  fc.record({
    kubeconfig: kubeconfigInput,
    delivery: fc.constantFrom('inline', 'inline', 'file', 'env'),
    context: fc.option(fc.oneof(fc.constantFrom('prod', 'ci'), text), { freq: 4 }),
    aws: fc.constantFrom('auto', 'true', 'false') as fc.Arbitrary<Config['aws']>,
    policy: fc.option(policyText(CHECK_IDS), { freq: 4 }),
    stdout: execStdout,
    env: fc.record({
      GITHUB_EVENT_NAME: fc.constantFrom('push', 'pull_request'),
      HTTPS_PROXY: fc.constantFrom('', 'http://u:proxy-password-0123@proxy:3128'),
    }),
    contexts: fc.array(glob, { maxLength: 3 }),
    // A second file, for the audit's glob (`*.kubeconfig`).
    second: mode === 'audit' ? kubeconfigInput : fc.constant(''),
  });
type Run = ReturnType<typeof runOf> extends fc.Arbitrary<infer T> ? T : never;

/**
 * Whether the run stays in the sandbox: the files it may read are in `cwd`, and no kubeconfig it
 * may load (given, or written there) names an exec command outside it (bare names resolve on PATH,
 * which holds only the test plugin).
 */
function sandboxed(raw: string | undefined, mode: Config['mode'], texts: string[]): boolean {
  const cwd = dir('work');
  const inside = (p: string) => !p.startsWith('~') && path.resolve(cwd, p).startsWith(`${cwd}/`);
  if (mode === 'audit' && !(auditEntries(raw) ?? []).every(inside)) return false;
  const spec = interpretKubeconfigInput(raw);
  if (spec.kind === 'paths' && !spec.paths.every(inside)) return false;
  // Only a text that spells `command` (or could, through an escape) can name one.
  return [...new Set(texts.map((t) => decodeBase64Kubeconfig(t) ?? t))]
    .filter((t) => t.includes('command') || t.includes('\\'))
    .every((t) =>
      parseKubeconfigText(t, '<input>', cwd, new SecretSet()).users.every((u) => {
        const command = u.value.exec?.command ?? '';
        return !command.includes('/') || inside(command);
      }),
    );
}

const count = (text: string, part: string) => text.split(part).length - 1;
/** What the checks say whatever the input: titles, descriptions, remediations. */
const OWN_WORDS = CHECKS.flatMap((c) => [c.title, c.description, c.remediation]).join('\n');

async function gate(r: Run, mode: Config['mode']): Promise<void> {
  const cwd = dir('work');
  const file = Buffer.from(r.kubeconfig, r.kubeconfig.length % 3 ? 'utf8' : 'latin1');
  writeFileSync(dir('work/fuzz.kubeconfig'), file);
  if (mode === 'audit') writeFileSync(dir('work/second.kubeconfig'), r.second);
  writeFileSync(dir('stdout'), r.stdout);
  const given = { inline: r.kubeconfig, file: 'fuzz.kubeconfig', env: undefined }[
    r.delivery as 'inline'
  ];
  const kubeconfig =
    mode === 'audit' && r.delivery === 'file' ? 'fuzz.kubeconfig\n*.kubeconfig' : given;
  fc.pre(sandboxed(kubeconfig, mode, [r.kubeconfig, file.toString('utf8'), r.second]));
  const config: Config = {
    kubeconfig,
    offline: true,
    minValiditySeconds: 900,
    warnWithinSeconds: 30 * 86400,
    failOn: 'error',
    timeoutSeconds: 30,
    reportPath: dir('report.json'),
    requirements: [],
    expectIdentity: [],
    aws: r.aws,
    mode,
    contexts: mode === 'audit' ? r.contexts : [],
    concurrency: 4,
    ...(r.context !== null && mode === 'check' ? { context: r.context } : {}),
    ...(r.policy !== null
      ? { policy: parsePolicy(r.policy, { path: 'p.yml', file: dir('p.yml') }, CHECK_IDS) }
      : {}),
  };
  const env = {
    HOME: dir('home'),
    PATH: dir('bin'),
    KP_FUZZ_STDOUT: dir('stdout'),
    ...(r.delivery === 'env' ? { KUBECONFIG: 'fuzz.kubeconfig' } : {}),
    ...r.env,
  };
  const masked: string[] = [];
  const { report, secrets } = await runEngine(config, {
    env,
    cwd,
    now: () => NOW,
    mask: (s) => masked.push(s),
  });

  // A kubeconfig kubectl would refuse fails the gate (unless a valid policy file changed its
  // severity: `checks: {"*": warning}` makes it a warning); an empty one is reported.
  const spec = interpretKubeconfigInput(kubeconfig);
  const loaded = parseKubeconfigText(
    spec.kind !== 'content' ? '' : (decodeBase64Kubeconfig(spec.text) ?? spec.text),
    '<input>',
    cwd,
    new SecretSet(),
  );
  if (spec.kind === 'content' && mode === 'check') {
    if (loaded.status === 'invalid' && !config.policy?.policy) expect(report.result).toBe('fail');
    if (loaded.status === 'empty') expect(report.findings.length).toBeGreaterThan(0);
  }

  // Known findings only (internal/check-crashed would be a bug), counted right, no stack trace.
  expect(report.findings.map((f) => f.id).filter((id) => !CHECK_IDS.includes(id))).toEqual([]);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  expect(report.counts.errors).toBe(errors);
  if (report.result === 'pass') expect(errors + report.counts.warnings).toBe(0);
  expect(stringsOf(report).filter((s) => STACK_TRACE.test(s))).toEqual([]);

  // What leaves the run is scrubbed; the report itself holds no secret the input holds once.
  const rendered = [
    renderJson(report),
    renderSummary(report),
    renderTerminal(report, false),
    ...renderAnnotations(report, cwd, (s) => secrets.scrub(s)).map(
      (a) => `${a.title}\n${a.message}`,
    ),
  ];
  expect(rendered[1]?.length).toBeLessThan(1024 * 1024);
  const scrubbed = rendered.map((t) => secrets.scrub(t)).join('\n');
  // Where else the run may have read a masked value: the inputs as written and as parsed (YAML
  // escapes and line folding make one text of two): the policy, names, servers, everything but users.
  const parsed = [config.policy, loaded.clusters, loaded.contexts, loaded.users.map((u) => u.name)];
  const input = [r.kubeconfig, r.second, r.policy, r.context, ...stringsOf(parsed)].join('\n');
  const stdout = r.stdout.toString('utf8');
  // An inline kubeconfig is masked whole but not scrubbed (its lines are the names and servers the
  // report shows): a document that is only some of the gate's own words (`current-context:`, in a
  // remediation) appears as those words.
  const documents = spec.kind === 'content' ? [spec.text, decodeBase64Kubeconfig(spec.text)] : [];
  const leakable = masked.filter((m) => !(documents.includes(m) && OWN_WORDS.includes(m)));
  expect(leakable.filter((m) => scrubbed.includes(m))).toEqual([]);
  // A value that is also an entry's name (or in one) is shown as that name: kubeconfig escapes
  // (`\ud800` in JSON) can hide its other, secret occurrence from the count.
  const names = stringsOf([
    loaded.clusters.map((c) => c.name),
    loaded.contexts,
    loaded.users.map((u) => u.name),
  ]);
  const once = (m: string) =>
    count(input, m) <= 1 && !names.some((n) => n.includes(m)) && !stdout.includes(m);
  expect(holdsSecret(report, leakable.filter(once))).toEqual([]);
}

describe('fuzz: the offline gate', () => {
  it(
    'check mode: every kubeconfig ends in a report of known findings, nothing leaked',
    async () => {
      await fuzzAsync('gate/check', 1000, runOf('check'), (r) => gate(r, 'check'));
    },
    TIMEOUT,
  );

  it(
    'audit mode: every context of every file, the same guarantees',
    async () => {
      await fuzzAsync('gate/audit', 300, runOf('audit'), (r) => gate(r, 'audit'));
    },
    TIMEOUT,
  );
});
