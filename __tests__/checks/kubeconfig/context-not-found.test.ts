import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/context-not-found.js';
import type { KubeContext } from '../../../src/model/kubeconfig.js';
import { emptyFile, entry, facts, merged, run } from '../../helpers/facts.js';

const ARN = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';
const contexts = new Map([[ARN, entry<KubeContext>(ARN, { cluster: ARN, user: ARN })]]);

describe('kubeconfig/context-not-found', () => {
  it('reports a current-context that names no context, at its line', () => {
    const kubeconfig = merged({
      contexts,
      currentContext: { name: 'staging', origin: { file: '/k/config', line: 30 } },
    });
    const drafts = run(check, facts({ kubeconfig }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toBe(
      `Context "staging", selected by current-context (/k/config:30), is not defined; defined contexts: "${ARN}".`,
    );
    expect(drafts[0]?.location).toEqual({ file: '/k/config', line: 30 });
  });

  it('reports a requested context and suggests the EKS ARN it is the tail of', () => {
    const drafts = run(
      check,
      facts({ kubeconfig: merged({ contexts }), requestedContext: 'prod' }),
    );
    expect(drafts[0]?.message).toContain('selected by the context input');
    expect(drafts[0]?.message).toContain(`Did you mean "${ARN}"?`);
    expect(drafts[0]?.location).toBeUndefined();
  });

  it('is silent when the context exists, when none is selected, or when a file failed to load', () => {
    expect(run(check, facts({ kubeconfig: merged({ contexts }), requestedContext: ARN }))).toEqual(
      [],
    );
    expect(run(check, facts({ kubeconfig: merged({ contexts }) }))).toEqual([]);
    const broken = merged({
      contexts,
      files: [{ ...emptyFile('/k'), status: 'unreadable', error: 'permission denied' }],
    });
    expect(run(check, facts({ kubeconfig: broken, requestedContext: 'x' }))).toEqual([]);
  });
});
