import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/exec-identity-differs.js';
import type { EksTarget } from '../../../src/model/aws/eks-detect.js';
import type { ClusterTokenFacts } from '../../../src/model/aws/eks-facts.js';
import { facts } from '../../helpers/facts.js';
import { DEPLOY_ROLE, eksAws, eksTarget, tokenReplay } from '../../helpers/eks-facts.js';

const ASSUMED = 'arn:aws:sts::111122223333:assumed-role/eks-deployer/1732449600000';
const sees = (
  arn: string,
  eks: Partial<EksTarget> = {},
  from: ClusterTokenFacts['from'] = 'exec',
) =>
  eksTarget({
    aws: {
      eks: { ...eksAws().eks, ...eks },
      token: tokenReplay({
        from,
        replay: { ok: true, arn, account: '111122223333', userId: 'AROAY:x' },
      }),
    },
  });
const run = (...targets: ReturnType<typeof sees>[]) => check.run(facts({ targets }));

describe('eks/exec-identity-differs', () => {
  it('tells that the cluster sees the role the exec plugin assumes, not the runner’s', () => {
    const roleArn = 'arn:aws:iam::111122223333:role/eks-deployer';
    const [d, ...rest] = run(sees(ASSUMED, { roleArn }));
    expect(rest).toEqual([]);
    expect(d?.severity).toBeUndefined();
    expect(d?.message).toBe(
      `Context "prod": the cluster will see ${roleArn} (the exec plugin assumes ${roleArn}), not the runner's ${DEPLOY_ROLE}.`,
    );
    expect(d?.evidence).toEqual({
      clusterSees: roleArn,
      runner: DEPLOY_ROLE,
      roleArn,
      profile: null,
      token: 'exec',
    });
  });

  it('blames the exec plugin’s profile when it has one', () => {
    const [d] = run(sees(ASSUMED, { profile: 'eks-admin' }));
    expect(d?.message).toBe(
      `Context "prod": the cluster will see arn:aws:iam::111122223333:role/eks-deployer (the exec plugin uses profile "eks-admin"), not the runner's ${DEPLOY_ROLE}.`,
    );
  });

  it('blames a static token made by someone else', () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const [d] = run(sees(alice, { authenticator: 'static-token' }, 'static'));
    expect(d?.message).toBe(
      `Context "prod": the cluster will see ${alice} (a static token in the kubeconfig), not the runner's ${DEPLOY_ROLE}.`,
    );
    expect(d?.evidence).toMatchObject({ token: 'static' });
  });

  it('is silent for the runner’s own role in another session', () => {
    expect(run(sees('arn:aws:sts::111122223333:assumed-role/deploy/botocore-session-1'))).toEqual(
      [],
    );
  });

  it('is silent when either identity is unknown', () => {
    const failedReplay = eksTarget({
      aws: {
        token: tokenReplay({
          replay: { ok: false, status: 403, code: 'ExpiredToken', message: 'expired' },
        }),
      },
    });
    const noCaller = eksTarget({
      aws: {
        caller: { ok: false, code: 'ExpiredToken', message: 'expired' },
        token: tokenReplay({
          replay: { ok: true, arn: ASSUMED, account: '111122223333', userId: 'x' },
        }),
      },
    });
    expect(check.run(facts({ targets: [failedReplay, noCaller, eksTarget()] }))).toEqual([]);
  });
});
