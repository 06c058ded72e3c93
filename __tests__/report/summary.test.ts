import { describe, expect, it } from '@jest/globals';
import { MAX_SUMMARY_BYTES, renderSummary } from '../../src/report/summary.js';
import { renderOutputs } from '../../src/report/outputs.js';
import { renderJson } from '../../src/report/json.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { finding, sampleReport } from '../helpers/report.js';

describe('renderSummary', () => {
  const md = renderSummary(sampleReport());

  it('leads with the verdict, identity and earliest expiry', () => {
    expect(md.split('\n')[0]).toBe('## ❌ kube-preflight: Cluster credentials will not work');
    expect(md).toContain('> [!CAUTION]');
    expect(md).toContain('> **FAIL** — 1 error, 0 warnings, 0 notices.');
    expect(md).toContain('The API server will see you as `ci`');
    expect(md).toContain('Earliest credential expiry: 2026-11-24T10:00:00.000Z (expired 2h ago)');
  });

  it('has a credentials table with time left and each finding with its fix and evidence', () => {
    expect(md).toContain(
      '| Context | Kind | Subject | Expires | Time left | Fingerprint | Source |',
    );
    expect(md).toMatch(
      /\| `prod` \| client-certificate \| CN=ci \| 2026-11-24T10:00:00.000Z \| expired 2h ago \|/,
    );
    expect(md).toContain(
      '#### ❌ Client certificate has expired (`cert/client-expired`) — context `prod`',
    );
    expect(md).toContain('**Fix:** Renew it: `kubeadm kubeconfig user --client-name ci`.');
    expect(md).toContain('<details><summary>Evidence</summary>');
  });

  it('keeps tables intact when values contain pipes and newlines', () => {
    const r = sampleReport([finding({ evidence: { odd: 'a|b\nc' } })]);
    expect(renderSummary(r)).toContain('| odd | a\\|b c |');
  });

  it('stays under 1 MiB however many findings there are', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding({ message: `m${i} ${'x'.repeat(400)}` }),
    );
    const big = renderSummary(sampleReport(many));
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(big).toMatch(/_\d+ more finding\(s\) are in the JSON report/);
  });

  it('says so when there is nothing to fix', () => {
    const ok = renderSummary({ ...sampleReport([]), result: 'pass' });
    expect(ok).toContain('## ✅ kube-preflight: Cluster credentials look good');
    expect(ok).toContain('No problems found.');
  });
});

describe('renderOutputs', () => {
  it('gives the documented outputs as strings', () => {
    expect(renderOutputs(sampleReport(), '/tmp/r.json')).toEqual({
      result: 'fail',
      report: '/tmp/r.json',
      identity: 'ci',
      groups: '',
      'server-version': '',
      'clock-skew-seconds': '',
      'aws-caller-arn': '',
      'aws-principal-arn': '',
      'aws-account-id': '',
      'eks-cluster': '',
      'eks-auth-mode': '',
      'expires-at': '2026-11-24T10:00:00.000Z',
      'seconds-to-expiry': '-7200',
      errors: '1',
      warnings: '0',
      notices: '0',
    });
  });
});

describe('renderJson', () => {
  it('is the report with schemaVersion 1', () => {
    const parsed = JSON.parse(renderJson(sampleReport()));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.findings[0].id).toBe('cert/client-expired');
  });
});

describe('renderTerminal', () => {
  it('colours only when asked', () => {
    const plain = renderTerminal(sampleReport(), false);
    expect(plain).not.toContain('\x1b[');
    expect(plain).toContain(
      'FAIL: Cluster credentials will not work (1 error, 0 warnings, 0 notices)',
    );
    expect(plain).toContain('fix: Renew it');
    expect(renderTerminal(sampleReport(), true)).toContain('\x1b[31m');
  });

  it('says how long the run took when the report does', () => {
    const line = (ms?: number) =>
      renderTerminal({ ...sampleReport(), durationMs: ms }, false).split('\n')[0];
    expect(line(612)).toBe(
      'FAIL: Cluster credentials will not work (1 error, 0 warnings, 0 notices) in 0.6 s',
    );
    expect(line(31_400)).toMatch(/\) in 31 s$/);
    expect(line(undefined)).toMatch(/notices\)$/);
  });
});

describe('renderSummary footer', () => {
  it('gives version, schema, time and, when known, how long the check took', () => {
    const footer = (ms?: number) =>
      renderSummary({ ...sampleReport(), durationMs: ms })
        .split('\n')
        .find((l) => l.startsWith('<sub>kube-preflight'));
    expect(footer(1234)).toMatch(/ · report schema v1 · \S+ · checked in 1\.2 s<\/sub>$/);
    expect(footer(undefined)).not.toContain('checked');
  });
});

describe('renderSummary prose', () => {
  it('escapes HTML-like text outside code spans and keeps code spans as written', () => {
    const md = renderSummary(
      sampleReport([
        finding({
          message: 'use <cluster> & `--name <cluster>`',
          remediation: 'run `a <b>` then <c>',
        }),
      ]),
    );
    expect(md).toContain('use &lt;cluster> &amp; `--name <cluster>`');
    expect(md).toContain('**Fix:** run `a <b>` then &lt;c>');
  });

  it('names the file once: not again when the message already does', () => {
    const md = renderSummary(
      sampleReport([finding({ message: 'see /work/repo/kubeconfig.yaml:12' })]),
    );
    expect(md).toContain('see /work/repo/kubeconfig.yaml:12\n');
    expect(md).not.toContain('kubeconfig.yaml:12 (/work/repo/kubeconfig.yaml:12)');
  });
});
