import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/server-error.js';
import { facts } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

describe('cluster/server-error', () => {
  it('reports 5xx and 429 answers with the paths', () => {
    const l = live({
      calls: [
        { method: 'GET', path: '/version', status: 200, durationMs: 2 },
        {
          method: 'POST',
          path: '/apis/authentication.k8s.io/v1/selfsubjectreviews',
          status: 503,
          durationMs: 2,
        },
        {
          method: 'POST',
          path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
          status: 429,
          durationMs: 2,
        },
      ],
    });
    const [d] = check.run(facts({ targets: [liveTarget(l)] }));
    expect(d?.message).toMatch(
      /^Context "prod": 2 of 3 requests to https:\/\/203\.0\.113\.10:6443 got 503, 429/,
    );
    expect(d?.evidence).toEqual({
      statuses: ['503', '429'],
      paths: [
        '/apis/authentication.k8s.io/v1/selfsubjectreviews',
        '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      ],
    });
  });

  it('is silent for 2xx, 401 and 403', () => {
    const l = live({
      calls: [
        { method: 'GET', path: '/version', status: 401, durationMs: 1 },
        { method: 'GET', path: '/x', status: 403, durationMs: 1 },
      ],
    });
    expect(check.run(facts({ targets: [liveTarget(l)] }))).toEqual([]);
  });
});
