import { describe, expect, it } from '@jest/globals';
import { CHECKS } from '../../src/checks/index.js';
import { evaluate } from '../../src/evaluate.js';
import { buildReport } from '../../src/report/model.js';
import { renderOutputs } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import type { TargetFacts } from '../../src/model/facts.js';
import { accessEntry, awsError, eksCluster, eksTarget, ok, policy } from '../helpers/eks-facts.js';
import { facts } from '../helpers/facts.js';
import { live } from '../helpers/live-facts.js';
import { schemaErrors } from '../helpers/schema.js';

function report(t: TargetFacts) {
  const f = facts({ targets: [t] });
  return buildReport(evaluate(CHECKS, f), f, '0.0.0');
}

describe('EKS report', () => {
  it('carries the mode, endpoint access, principal, mapping and log state into report, outputs and summary', () => {
    const t = eksTarget({
      api: {
        cluster: ok(
          eksCluster({
            endpointPrivateAccess: true,
            publicAccessCidrs: ['203.0.113.0/24'],
            logTypes: ['authenticator'],
          }),
        ),
        accessEntry: ok(accessEntry({ kubernetesGroups: ['deployers'] })),
        accessPolicies: ok([policy()]),
        authenticatorLog: awsError('AccessDeniedException'),
      },
      live: live(),
    });
    const r = report(t);
    expect(schemaErrors(r)).toEqual([]);
    expect(r.contexts[0]?.aws?.eks).toMatchObject({
      status: 'ACTIVE',
      authMode: 'API_AND_CONFIG_MAP',
      endpointAccess: 'public (203.0.113.0/24) + private',
      clusterSees: 'arn:aws:iam::111122223333:role/deploy',
      mapping: { source: 'access-entry', groups: ['deployers'] },
      authenticatorLog: 'not readable (AccessDeniedException)',
    });
    expect(renderOutputs(r, '/r.json')['eks-auth-mode']).toBe('API_AND_CONFIG_MAP');
    expect(renderSummary(r)).toContain(
      '| ACTIVE | API_AND_CONFIG_MAP | public (203.0.113.0/24) + private | `arn:aws:iam::111122223333:role/deploy` |',
    );
  });

  it('says when DescribeCluster failed, and that the mode was assumed for the mapping', () => {
    const api = { cluster: awsError('AccessDeniedException'), accessEntry: ok(accessEntry()) };
    const r = report(eksTarget({ api, live: live() }));
    expect(r.contexts[0]?.aws?.eks).toMatchObject({
      error: 'AccessDeniedException',
      clusterSees: 'arn:aws:iam::111122223333:role/deploy',
      mapping: {
        source: 'access-entry',
        detail:
          'mapped by an access entry (authentication mode unknown: assuming API_AND_CONFIG_MAP)',
      },
    });
    expect(r.contexts[0]?.aws?.eks?.authMode).toBeUndefined();
    expect(renderSummary(r)).toContain('| ❌ AccessDeniedException | — | — |');
    expect(renderOutputs(r, '/r.json')['eks-auth-mode']).toBe('');
  });
});
