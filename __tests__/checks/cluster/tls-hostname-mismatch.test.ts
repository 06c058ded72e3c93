import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/tls-hostname-mismatch.js';
import { entry, facts } from '../../helpers/facts.js';
import { failed, live, liveTarget } from '../../helpers/live-facts.js';

const mismatch = (checkedName: string) =>
  failed({
    kind: 'tls',
    problem: 'hostname-mismatch',
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    detail: 'x',
    altNames: ['IP Address:127.0.0.1', 'DNS:kubernetes'],
    checkedName,
  });

describe('cluster/tls-hostname-mismatch', () => {
  it('lists the names the certificate has and suggests one', () => {
    const [d] = check.run(facts({ targets: [liveTarget(mismatch('localhost'))] }));
    expect(d?.message).toBe(
      `Context "prod": the API server's certificate is not valid for "localhost"; it names IP Address:127.0.0.1, DNS:kubernetes.`,
    );
    expect(d?.remediation).toContain('Use one of 127.0.0.1, kubernetes in `server`');
    expect(d?.evidence).toMatchObject({
      checkedName: 'localhost',
      certificateNames: ['IP Address:127.0.0.1', 'DNS:kubernetes'],
    });
  });

  it('blames tls-server-name when it is set', () => {
    const t = liveTarget(mismatch('wrong.example'), {
      cluster: entry('prod', {
        server: 'https://127.0.0.1:6443',
        'tls-server-name': 'wrong.example',
      }),
    });
    const [d] = check.run(facts({ targets: [t] }));
    expect(d?.evidence?.tlsServerName).toBe('wrong.example');
  });

  it('is silent otherwise', () => {
    expect(check.run(facts({ targets: [liveTarget(live())] }))).toEqual([]);
  });
});
