import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/forbidden.js';
import { facts } from '../../helpers/facts.js';
import { access, live, liveTarget } from '../../helpers/live-facts.js';

const message =
  'selfsubjectreviews.authentication.k8s.io is forbidden: User "ci" cannot create resource "selfsubjectreviews"';

describe('cluster/forbidden', () => {
  it('reports a 403 on SelfSubjectReview for an authenticated user', () => {
    const l = live({ whoami: { ok: false, why: 'forbidden', status: { code: 403, message } } });
    const [d] = check.run(facts({ targets: [liveTarget(l)] }));
    expect(d?.message).toBe(
      `Context "prod": the API server answered 403 to a SelfSubjectReview for "ci": ${message}.`,
    );
    expect(d?.evidence).toMatchObject({ call: 'SelfSubjectReview', status: 403, username: 'ci' });
  });

  it('reports a 403 on the access reviews', () => {
    const l = live({
      access: [
        access('create deployments', {
          allowed: undefined,
          error: { code: 403, message: 'User "ci" cannot create selfsubjectaccessreviews' },
        }),
      ],
    });
    expect(check.run(facts({ targets: [liveTarget(l)] }))[0]?.evidence?.call).toBe(
      'SelfSubjectAccessReview',
    );
  });

  it('leaves anonymous users to cluster/anonymous and is silent when allowed', () => {
    const anon = live({
      sent: [],
      whoami: {
        ok: false,
        why: 'forbidden',
        status: { code: 403, message: 'User "system:anonymous" cannot create' },
      },
    });
    expect(check.run(facts({ targets: [liveTarget(anon), liveTarget(live())] }))).toEqual([]);
  });
});
