import { describe, expect, it } from '@jest/globals';
import { CHECKS } from '../../src/checks/index.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { checkForCli, cliWording, reportForCli } from '../../src/report/cli-wording.js';
import { finding, sampleReport } from '../helpers/report.js';

const OPTIONS = ['kubeconfig', 'context', 'timeout', 'eks-cluster', 'aws', 'aws-region', 'report'];
const say = cliWording(OPTIONS);

describe('cliWording', () => {
  it.each([
    [
      'Raise the `timeout` input if the plugin is slow.',
      'Raise `--timeout` if the plugin is slow.',
    ],
    [
      'The `kubeconfig` input was set but arrived empty.',
      '`--kubeconfig` was set but arrived empty.',
    ],
    ['the time budget (`timeout` input) ran out', 'the time budget (`--timeout`) ran out'],
    ['selected by the context input, is not defined', 'selected by `--context`, is not defined'],
    ['(the `eks-cluster` input, or the ARN)', '(`--eks-cluster`, or the ARN)'],
    [
      'regions disagree (exec: eu-west-1, aws-region input: us-east-1)',
      'regions disagree (exec: eu-west-1, `--aws-region`: us-east-1)',
    ],
    ['the aws input is true', '`--aws` is true'],
    ['Set the `report-path` input.', 'Set `--report`.'],
  ])('%j → %j', (action, cli) => {
    expect(say(action)).toBe(cli);
  });

  it.each([
    // not an option of the CLI: the action's words stay
    'Set the `github-token` input.',
    'the `check-run` input',
    // not an input at all
    'exec plugin cannot support interactive mode: standard input is not a terminal',
    'illegal base64 data at input byte 12',
    // a plural, and a name that only starts like an option
    'the `kubeconfig` inputs',
    'the `kubeconfig-file` input',
  ])('leaves %j alone', (text) => {
    expect(say(text)).toBe(text);
  });

  it('renames only to options the CLI has', () => {
    expect(cliWording(['timeout'])('the `report-path` input')).toBe('the `report-path` input');
  });
});

describe('reportForCli', () => {
  it('rewords every finding (shown and suppressed), its evidence and the EKS signals', () => {
    const f = finding({
      title: 'The `context` input names no context',
      message: 'Selected by the context input.',
      remediation: 'Fix the `context` input.',
      evidence: { from: 'aws-region input', sources: ['the `timeout` input', 'kubeconfig'], n: 3 },
    });
    const base = sampleReport([f]);
    const report = {
      ...base,
      suppressed: [{ ...f, suppressed: { reason: 'known', file: 'p.yml', line: 3 } }],
      contexts: base.contexts.map((c) => ({
        ...c,
        aws: { eksCluster: 'blue', region: 'eu-west-1', signals: ['the eks-cluster input'] },
      })),
    } as typeof base;
    const cli = reportForCli(report, OPTIONS, (t) => t);
    expect(cli.findings[0]).toMatchObject({
      title: '`--context` names no context',
      message: 'Selected by `--context`.',
      remediation: 'Fix `--context`.',
      evidence: { from: '`--aws-region`', sources: ['`--timeout`', 'kubeconfig'], n: 3 },
    });
    expect(cli.suppressed?.[0]?.message).toBe('Selected by `--context`.');
    expect(cli.suppressed?.[0]?.suppressed.reason).toBe('known');
    expect(cli.contexts[0]?.aws?.signals).toEqual(['`--eks-cluster`']);
    // the rest is the report as it was, and the report itself is not changed
    expect({ ...cli, findings: [], suppressed: [], contexts: [] }).toEqual({
      ...report,
      findings: [],
      suppressed: [],
      contexts: [],
    });
    expect(report.findings[0]?.message).toBe('Selected by the context input.');
  });
  it('scrubs each text before rewording it, so a secret that holds "… input" is still masked', () => {
    const secrets = new SecretSet();
    secrets.add('hunter2 the context input hunter2');
    const report = sampleReport([
      finding({ message: 'Password "hunter2 the context input hunter2" was refused.' }),
    ]);
    const cli = reportForCli(report, OPTIONS, (t) => secrets.scrub(t));
    expect(cli.findings[0]?.message).toBe('Password "***" was refused.');
    // reworded first, the secret would no longer match and half of it would show
    const wrongOrder = secrets.scrub(say(report.findings[0]?.message ?? ''));
    expect(wrongOrder).toContain('hunter2');
  });
});

describe('checkForCli', () => {
  it('leaves no input the CLI has an option for in any check text', () => {
    const mention = new RegExp(`\\b\`?(${OPTIONS.join('|')})\`? input\\b`);
    const before = CHECKS.filter((c) =>
      [c.title, c.description, c.remediation].some((t) => mention.test(t)),
    );
    expect(before.length).toBeGreaterThan(5); // the checks do name inputs
    for (const c of CHECKS) {
      const cli = checkForCli(c, OPTIONS);
      for (const t of [cli.title, cli.description, cli.remediation]) expect(t).not.toMatch(mention);
      expect(cli.run).toBe(c.run);
      expect(cli.id).toBe(c.id);
    }
  });
});
