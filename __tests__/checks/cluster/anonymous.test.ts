import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/anonymous.js';
import { facts } from '../../helpers/facts.js';
import { live, liveTarget, user } from '../../helpers/live-facts.js';

describe('cluster/anonymous', () => {
  it('reports requests that ran as system:anonymous (whoami forbidden, user named in the 403)', () => {
    const l = live({
      sent: [],
      whoami: {
        ok: false,
        why: 'forbidden',
        status: {
          code: 403,
          reason: 'Forbidden',
          message:
            'selfsubjectreviews.authentication.k8s.io is forbidden: User "system:anonymous" cannot create resource "selfsubjectreviews" in API group "authentication.k8s.io" at the cluster scope',
        },
      },
    });
    const [d] = check.run(facts({ targets: [liveTarget(l)] }));
    expect(d?.message).toContain('sees these requests as system:anonymous (sent: no credentials)');
    expect(d?.evidence).toMatchObject({
      username: 'system:anonymous',
      likelyCause: 'no-credentials',
    });
  });

  it('also when SelfSubjectReview itself answers system:anonymous', () => {
    const l = live({
      sent: [],
      whoami: {
        ok: true,
        apiVersion: 'v1',
        user: user({ username: 'system:anonymous', groups: ['system:unauthenticated'] }),
      },
    });
    expect(check.run(facts({ targets: [liveTarget(l)] }))).toHaveLength(1);
  });

  it('never confuses a rejected credential (401) with anonymous access', () => {
    const l = live({
      unauthorized: { code: 401 },
      whoami: { ok: false, why: 'unauthorized', status: { code: 401 } },
    });
    expect(check.run(facts({ targets: [liveTarget(l), liveTarget(live())] }))).toEqual([]);
  });
});
