import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/data-invalid.js';
import type { LoadProblem, Source } from '../../../src/model/materials.js';
import { entry, facts, target } from '../../helpers/facts.js';

const data = (field: string): Source => ({ field, kind: 'data', origin: { file: '/k', line: 4 } });
const failed = (problem: LoadProblem, field: string, detail = 'why') =>
  ({ ok: false, problem, detail, source: data(field) }) as const;

describe('kubeconfig/data-invalid', () => {
  it.each([
    ['bad-base64', 'certificate-authority-data', 'is not valid base64'],
    ['not-pem', 'client-certificate-data', 'is not PEM'],
    ['not-certificate', 'client-certificate-data', 'is not a valid certificate'],
    ['not-key', 'client-key-data', 'is not a usable private key'],
  ] as const)('reports %s in %s', (problem, field, phrase) => {
    const key =
      field === 'client-key-data' ? 'clientKey' : field.startsWith('client') ? 'clientCert' : 'ca';
    const t = target({
      cluster: entry('c', {}),
      user: entry('u', {}),
      [key]: failed(problem, field, 'detail here'),
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.message).toContain(`The ${field} of`);
    expect(d?.message).toContain(`${phrase}: detail here.`);
    expect(d?.evidence).toMatchObject({ field, problem });
    expect(d?.location).toEqual({ file: '/k', line: 4 });
  });

  it('leaves redacted placeholders and unreadable files to their own checks', () => {
    const t = target({
      ca: failed('redacted', 'certificate-authority-data'),
      clientCert: {
        ok: false,
        problem: 'unreadable',
        detail: 'x',
        source: { ...data('client-certificate'), kind: 'file' },
      },
    });
    expect(check.run(facts({ targets: [t] }))).toEqual([]);
  });

  it('is silent when material parsed', () => {
    const t = target({ ca: { ok: true, value: [], source: data('certificate-authority-data') } });
    expect(check.run(facts({ targets: [t] }))).toEqual([]);
  });
});
