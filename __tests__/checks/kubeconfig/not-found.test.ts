import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/not-found.js';
import type { KubeconfigFile, KubeconfigSource } from '../../../src/model/kubeconfig.js';
import { emptyFile, facts, merged, run } from '../../helpers/facts.js';

const file = (path: string, status: KubeconfigFile['status']): KubeconfigFile => ({
  ...emptyFile(path),
  status,
});

function kc(source: KubeconfigSource, files: KubeconfigFile[]) {
  return facts({ kubeconfig: merged({ source, files }) });
}

describe('kubeconfig/not-found', () => {
  it('errors when ~/.kube/config is missing and KUBECONFIG is unset, saying where it looked', () => {
    const drafts = run(
      check,
      kc({ kind: 'default', given: ['/home/ci/.kube/config'] }, [
        file('/home/ci/.kube/config', 'missing'),
      ]),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.severity).toBeUndefined();
    expect(drafts[0]?.message).toContain('/home/ci/.kube/config (KUBECONFIG is not set');
    expect(drafts[0]?.message).toContain('localhost:8080');
  });

  it('errors when every KUBECONFIG file is missing, listing them', () => {
    const drafts = run(
      check,
      kc({ kind: 'env', given: ['/a', '/b'] }, [file('/a', 'missing'), file('/b', 'missing')]),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain('KUBECONFIG (/a, /b)');
    expect(drafts[0]?.evidence?.missing).toEqual(['/a', '/b']);
  });

  it('errors for one explicit path that does not exist, with kubectl’s stat error', () => {
    const drafts = run(check, kc({ kind: 'paths', given: ['/w/kc'] }, [file('/w/kc', 'missing')]));
    expect(drafts[0]?.message).toContain('stat /w/kc: no such file or directory');
  });

  it('warns once per missing file when others of the list exist', () => {
    const drafts = run(
      check,
      kc({ kind: 'env', given: ['/a', '/b', '/c'] }, [
        file('/a', 'loaded'),
        file('/b', 'missing'),
        file('/c', 'missing'),
      ]),
    );
    expect(drafts.map((d) => [d.severity, d.evidence?.missing])).toEqual([
      ['warning', ['/b']],
      ['warning', ['/c']],
    ]);
    expect(drafts[0]?.message).toContain('skips it silently');
  });

  it('is silent when files exist, for inline content and for an empty input', () => {
    expect(run(check, kc({ kind: 'env', given: ['/a'] }, [file('/a', 'loaded')]))).toEqual([]);
    expect(
      run(check, kc({ kind: 'content', encoding: 'yaml' }, [file('<input>', 'empty')])),
    ).toEqual([]);
    const empty = facts({
      input: { emptyKubeconfig: true },
      kubeconfig: merged({
        source: { kind: 'default', given: ['/x'] },
        files: [file('/x', 'missing')],
      }),
    });
    expect(run(check, empty)).toEqual([]);
  });
});
