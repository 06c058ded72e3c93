import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/empty-input.js';
import { emptyFile, facts, merged, run } from '../../helpers/facts.js';

describe('kubeconfig/empty-input', () => {
  it('explains that a missing secret evaluates to an empty string', () => {
    const drafts = run(check, facts({ input: { emptyKubeconfig: true } }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain("evaluates to ''");
    expect(check.description).toMatch(/forks/);
    expect(check.description).toMatch(/Dependabot/);
  });

  it('uses the reason gathered from the workflow context', () => {
    const reason = 'This run was triggered by Dependabot, whose workflows get Dependabot secrets.';
    const drafts = run(check, facts({ input: { emptyKubeconfig: true, emptyReason: reason } }));
    expect(drafts[0]?.message).toContain(reason);
    expect(drafts[0]?.evidence?.emptyReason).toBe(reason);
  });

  it('reports inline content with nothing in it, and a content problem', () => {
    const onlyComments = merged({
      source: { kind: 'content', encoding: 'yaml' },
      files: [{ ...emptyFile('<input>'), status: 'empty' }],
    });
    expect(run(check, facts({ kubeconfig: onlyComments }))[0]?.message).toContain(
      'only whitespace',
    );
    const problem = facts({
      input: { emptyKubeconfig: false, contentProblem: 'base64 of nothing' },
    });
    expect(run(check, problem)[0]?.message).toContain('base64 of nothing');
  });

  it('is silent when the input has content or was not given', () => {
    expect(run(check, facts())).toEqual([]);
    const emptyListedFile = merged({ files: [{ ...emptyFile('/k/empty.yaml'), status: 'empty' }] });
    expect(run(check, facts({ kubeconfig: emptyListedFile }))).toEqual([]);
  });
});
