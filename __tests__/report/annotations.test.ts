import { describe, expect, it } from '@jest/globals';
import { MAX_MESSAGE, MAX_PER_LEVEL, renderAnnotations } from '../../src/report/annotations.js';
import { finding, sampleReport } from '../helpers/report.js';

describe('renderAnnotations', () => {
  it('titles each annotation with the check title and id, and puts the fix in the message', () => {
    const [a] = renderAnnotations(sampleReport(), '/work/repo');
    expect(a).toEqual({
      level: 'error',
      title: 'Client certificate has expired (cert/client-expired)',
      message:
        '[context prod] The client certificate of user "ci" expired 2h ago.\nFix: Renew it: `kubeadm kubeconfig user --client-name ci`.',
      file: 'kubeconfig.yaml',
      startLine: 12,
    });
  });

  it('links only files inside the workspace', () => {
    const outside = sampleReport([
      finding({ location: { file: '/home/runner/.kube/config', line: 3 } }),
    ]);
    const [a] = renderAnnotations(outside, '/work/repo');
    expect(a?.file).toBeUndefined();
    expect(a?.startLine).toBeUndefined();
  });

  it('caps at 10 per level and adds one notice pointing to the summary', () => {
    const many = [
      ...Array.from({ length: 13 }, (_, i) => finding({ message: `e${i}` })),
      ...Array.from({ length: 11 }, (_, i) => finding({ severity: 'warning', message: `w${i}` })),
      finding({ severity: 'notice', message: 'n' }),
    ];
    const out = renderAnnotations(sampleReport(many));
    expect(out.filter((a) => a.level === 'error')).toHaveLength(MAX_PER_LEVEL);
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(MAX_PER_LEVEL);
    const notices = out.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('4 more finding(s) (3 error, 1 warning)');
  });

  it('truncates messages to the runner limit', () => {
    const [a] = renderAnnotations(sampleReport([finding({ message: 'x'.repeat(10000) })]));
    expect(a?.message.length).toBe(MAX_MESSAGE);
  });

  it('scrubs before it cuts at 4,096 characters: no piece of a secret survives the cut', () => {
    const secret = `ghp_${'A1b2C3d4'.repeat(5)}`;
    const report = sampleReport([finding({ message: `${'x'.repeat(4060)} ${secret}` })]);
    const [a] = renderAnnotations(report, undefined, (t) => t.split(secret).join('***'));
    expect(a?.message).toHaveLength(MAX_MESSAGE);
    expect(a?.message).toContain(' ***');
    expect(a?.message).not.toContain('ghp_');
  });
});
