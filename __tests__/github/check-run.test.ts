import { describe, expect, it } from '@jest/globals';
import { checkRunContent } from '../../src/github/check-run.js';
import { finding, sampleReport } from '../helpers/report.js';

const WS = '/work/repo';
/** No secrets in these reports: nothing to scrub. */
const asIs = (s: string) => s;

describe('checkRunContent', () => {
  it('annotates at the finding’s file and line in the workspace, else at the top of the workflow file', () => {
    const report = sampleReport([
      finding(),
      finding({ id: 'cluster/unreachable', location: undefined, severity: 'warning' }),
      finding({
        id: 'token/expiring',
        severity: 'notice',
        location: { file: '/elsewhere/k', line: 3 },
      }),
    ]);
    const c = checkRunContent(report, true, {
      scrub: asIs,
      workspace: WS,
      workflowFile: '.github/workflows/ci.yml',
    });
    expect(c.conclusion).toBe('failure');
    expect(c.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['kubeconfig.yaml', 12, 'failure'],
      ['.github/workflows/ci.yml', 1, 'warning'],
      ['.github/workflows/ci.yml', 1, 'notice'],
    ]);
    expect(c.annotations[0]?.message).toBe(
      '[context prod] The client certificate of user "ci" expired 2h ago.\nFix: Renew it: `kubeadm kubeconfig user --client-name ci`.',
    );
    const noWorkflow = checkRunContent(report, true, { workspace: WS, scrub: asIs });
    expect(noWorkflow.annotations.map((a) => a.path)).toEqual(['kubeconfig.yaml']);
  });

  it('conclusion: failure when the step fails, neutral for warnings it tolerates, success when clean', () => {
    const warn = sampleReport([finding({ severity: 'warning' })]);
    expect(checkRunContent(warn, false, { scrub: asIs }).conclusion).toBe('neutral');
    expect(checkRunContent(warn, true, { scrub: asIs }).conclusion).toBe('failure');
    expect(checkRunContent(sampleReport([]), false, { scrub: asIs }).conclusion).toBe('success');
    expect(checkRunContent(sampleReport([]), false, { scrub: asIs }).title).toBe(
      '0 error(s), 0 warning(s), 0 notice(s)',
    );
  });

  it('keeps the summary under the Checks API limit', () => {
    const many = sampleReport(
      Array.from({ length: 400 }, (_, i) =>
        finding({ message: `${'x'.repeat(300)} ${i}`, context: `ctx-${i}` }),
      ),
    );
    const c = checkRunContent(many, true, { workspace: WS, scrub: asIs });
    expect(c.summary.length).toBeLessThanOrEqual(65_535);
    expect(c.summary).toMatch(/_\(cut: the job summary and the JSON report have the rest\)_$/);
  });

  it('scrubs before it cuts: a secret across the 4,096-character limit leaves no piece behind', () => {
    const secret = `ghp_${'A1b2C3d4'.repeat(5)}`;
    const message = `${'x'.repeat(4060)} ${secret}`;
    const report = sampleReport([finding({ message })]);
    const scrub = (t: string) => t.split(secret).join('***');
    const [a] = checkRunContent(report, true, { workspace: WS, scrub }).annotations;
    expect(a?.message).toContain(' ***');
    expect(a?.message).not.toContain('ghp_A1b2');
    const [unscrubbed] = checkRunContent(report, true, { workspace: WS, scrub: asIs }).annotations;
    expect(unscrubbed?.message).toContain('ghp_A1b2'); // what the old order sent
  });
});
