import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/eks/ca-mismatch.js';
import { facts } from '../../helpers/facts.js';
import { certFacts, dataSource } from '../../helpers/cert-facts.js';
import { CA_FINGERPRINT, denied, eksCluster, eksTarget, ok } from '../../helpers/eks-facts.js';
import type { TargetFacts } from '../../../src/model/facts.js';

const NEW_CA = 'D4:07:5E:80';
const withEksCa = (fingerprints: string[], createdAt?: string) =>
  eksTarget({
    api: {
      cluster: ok(
        eksCluster({
          ca: { ok: true, fingerprints, subjects: fingerprints.map(() => 'CN=kubernetes') },
          createdAt,
        }),
      ),
    },
  });
const kubeconfigCas = (fingerprints: string[]): Partial<TargetFacts> => ({
  ca: {
    ok: true,
    value: fingerprints.map((fingerprint, index) =>
      certFacts({ subject: 'CN=kubernetes', fingerprint, isCA: true, selfSigned: true, index }),
    ),
    source: dataSource('certificate-authority-data'),
  },
});

describe('eks/ca-mismatch', () => {
  it('fails the kubeconfig of a cluster that was re-created: its CA is not the cluster’s', () => {
    const t = withEksCa([NEW_CA], '2026-11-23T17:40:00.000Z');
    const [d, ...rest] = check.run(facts({ targets: [t] }));
    expect(rest).toEqual([]);
    expect(d?.message).toBe(
      `Context "prod": the kubeconfig CA (CN=kubernetes, SHA-256 ${CA_FINGERPRINT}) is not the CA of EKS cluster "prod" (CN=kubernetes, SHA-256 ${NEW_CA}). The cluster was created 2026-11-23T17:40:00.000Z.`,
    );
    expect(d?.remediation).toBe(
      '`aws eks update-kubeconfig --name prod --region eu-west-1`, then update wherever this kubeconfig is stored (e.g. the KUBECONFIG secret).',
    );
    expect(d?.evidence).toEqual({
      cluster: 'prod',
      kubeconfigCa: [CA_FINGERPRINT],
      eksCa: [NEW_CA],
      clusterCreatedAt: '2026-11-23T17:40:00.000Z',
    });
    expect(d?.location).toEqual({ file: '/home/ci/.kube/config', line: 6 });
  });

  it('leaves the creation time out when DescribeCluster gave none', () => {
    const [d] = check.run(facts({ targets: [withEksCa([NEW_CA])] }));
    expect(d?.message).toMatch(/SHA-256 D4:07:5E:80\)\.$/);
    expect(d?.evidence).toMatchObject({ clusterCreatedAt: null });
  });

  it('accepts a kubeconfig bundle that contains the cluster’s CA', () => {
    const t = withEksCa([CA_FINGERPRINT]);
    const bundle = { ...t, ...kubeconfigCas(['00:11:22:33', CA_FINGERPRINT]) };
    expect(check.run(facts({ targets: [bundle, withEksCa([CA_FINGERPRINT])] }))).toEqual([]);
  });

  it('is silent when either CA is unknown', () => {
    const eksUnreadable = eksTarget({
      api: { cluster: ok(eksCluster({ ca: { ok: false, problem: 'not PEM' } })) },
    });
    const noKubeconfigCa = { ...withEksCa([NEW_CA]), ca: undefined };
    const noAnswer = eksTarget({ api: { cluster: denied('eks:DescribeCluster') } });
    expect(check.run(facts({ targets: [eksUnreadable, noKubeconfigCa, noAnswer] }))).toEqual([]);
  });
});
