import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/exec/config-invalid.js';
import { execTarget } from '../../helpers/exec.js';
import { facts, run, target } from '../../helpers/facts.js';

describe('exec/config-invalid', () => {
  it('reports every validation problem with the user and the exec line', () => {
    const detail =
      'command must be specified for ci-user to use exec authentication plugin; ' +
      'interactiveMode must be specified for ci-user to use exec authentication plugin';
    const [d, ...rest] = run(
      check,
      facts({ targets: [execTarget({ outcome: 'not-run', command: '', detail })] }),
    );
    expect(rest).toHaveLength(0);
    expect(d?.context).toBe('prod');
    expect(d?.message).toContain('user "ci-user" (/home/ci/.kube/config:14)');
    expect(d?.message).toContain('interactiveMode must be specified for ci-user');
    expect(d?.evidence?.problems).toHaveLength(2);
    expect(d?.evidence?.command).toBeNull();
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 14 });
  });

  it('reports an unknown apiVersion with client-go wording', () => {
    const detail = 'exec plugin: invalid apiVersion "client.authentication.k8s.io/v2"';
    const drafts = run(check, facts({ targets: [execTarget({ outcome: 'not-run', detail })] }));
    expect(drafts[0]?.message).toContain(detail);
  });

  it.each(['ok', 'not-found', 'failed', 'api-version-removed', 'timeout'] as const)(
    'is silent for outcome %s',
    (outcome) => {
      expect(run(check, facts({ targets: [execTarget({ outcome })] }))).toEqual([]);
    },
  );

  it('is silent for targets without an exec plugin', () => {
    expect(run(check, facts({ targets: [target()] }))).toEqual([]);
  });
});
