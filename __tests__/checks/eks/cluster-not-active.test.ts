import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/cluster-not-active.js';
import { facts } from '../../helpers/facts.js';
import { denied, eksCluster, eksTarget, ok } from '../../helpers/eks-facts.js';

const inStatus = (status: string) => eksTarget({ api: { cluster: ok(eksCluster({ status })) } });
const run = (status: string) => check.run(facts({ targets: [inStatus(status)] }));

describe('eks/cluster-not-active', () => {
  it('fails a cluster that is still being created', () => {
    const [d, ...rest] = run('CREATING');
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      'Context "prod": EKS cluster "prod" is CREATING: it is still being created; its endpoint does not answer yet.',
    );
    expect(d?.severity).toBeUndefined();
    expect(d?.remediation).toBe('`aws eks wait cluster-active --name prod` before deploying.');
    expect(d?.evidence).toEqual({ cluster: 'prod', status: 'CREATING' });
  });

  it('tells that a FAILED cluster must be fixed, not waited for', () => {
    const [d] = run('FAILED');
    expect(d?.message).toBe('Context "prod": EKS cluster "prod" is FAILED: its creation failed.');
    expect(d?.remediation).toBe(
      '`aws eks wait cluster-active --name prod` before deploying; a FAILED cluster must be fixed or re-created.',
    );
  });

  it('only warns while an update is in progress', () => {
    const [d] = run('UPDATING');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toBe(
      'Context "prod": EKS cluster "prod" is UPDATING: an update is in progress; the API server may restart or refuse requests meanwhile.',
    );
  });

  it('fails a cluster being deleted', () => {
    expect(run('DELETING')[0]?.message).toBe(
      'Context "prod": EKS cluster "prod" is DELETING: it is being deleted.',
    );
  });

  it('is silent for an ACTIVE cluster, and when DescribeCluster did not answer', () => {
    const noAnswer = eksTarget({ api: { cluster: denied('eks:DescribeCluster') } });
    expect(check.run(facts({ targets: [inStatus('ACTIVE'), noAnswer] }))).toEqual([]);
  });
});
