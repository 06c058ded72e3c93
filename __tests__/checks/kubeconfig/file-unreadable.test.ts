import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/file-unreadable.js';
import type { Source } from '../../../src/model/materials.js';
import { emptyFile, entry, facts, merged, target } from '../../helpers/facts.js';

const source = (field: string, kind: Source['kind'] = 'file'): Source => ({
  field,
  kind,
  path: `/repo/${field}.pem`,
  origin: { file: '/repo/kubeconfig', line: 7 },
});

describe('kubeconfig/file-unreadable', () => {
  it('reports each unreadable or empty referenced file with the resolved path and where it was set', () => {
    const t = target({
      cluster: entry('c', {}),
      user: entry('u', {}),
      ca: {
        ok: false,
        problem: 'unreadable',
        detail: '/repo/ca.pem does not exist (ENOENT)',
        source: source('certificate-authority'),
      },
      tokenFile: {
        ok: false,
        problem: 'empty',
        detail: '/repo/token is empty',
        source: source('tokenFile'),
      },
    });
    const out = check.run(facts({ targets: [t] }));
    expect(out.map((d) => d.message)).toEqual([
      'The certificate-authority file of cluster "c": /repo/ca.pem does not exist (ENOENT).',
      'The tokenFile file of user "u": /repo/token is empty.',
    ]);
    expect(out[0]?.location).toEqual({ file: '/repo/kubeconfig', line: 7 });
    expect(out[0]?.evidence).toMatchObject({
      path: '/repo/certificate-authority.pem',
      problem: 'unreadable',
    });
  });

  it('stays silent for readable files and for inline data problems', () => {
    const t = target({
      clientCert: { ok: true, value: [], source: source('client-certificate') },
      clientKey: {
        ok: false,
        problem: 'bad-base64',
        detail: 'x',
        source: source('client-key-data', 'data'),
      },
    });
    expect(check.run(facts({ targets: [t] }))).toEqual([]);
  });

  it('reports a kubeconfig file that exists but cannot be read (a folder, a FIFO)', () => {
    const file = (path: string, error: string) => ({
      ...emptyFile(path),
      status: 'unreadable' as const,
      error,
    });
    const kubeconfig = merged({
      source: { kind: 'env', given: ['/k/dir', '/k/fifo', '/k/ok'] },
      files: [
        file('/k/dir', 'is a directory, not a file'),
        file('/k/fifo', 'is not a regular file (a FIFO, socket or device)'),
        emptyFile('/k/ok'),
      ],
    });
    const out = check.run(facts({ kubeconfig }));
    expect(out.map((d) => d.message)).toEqual([
      'The kubeconfig file /k/dir (from KUBECONFIG) is a directory, not a file. No context in it can be used.',
      'The kubeconfig file /k/fifo (from KUBECONFIG) is not a regular file (a FIFO, socket or device). No context in it can be used.',
    ]);
    expect(out[0]).toMatchObject({
      location: { file: '/k/dir' },
      evidence: { field: 'kubeconfig', path: '/k/dir', problem: 'unreadable', setIn: 'env' },
      remediation: expect.stringContaining('not its folder'),
    });
  });
});
