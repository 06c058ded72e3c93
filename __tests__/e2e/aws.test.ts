/** The bundled gate on an EKS context, with a real local AWS API (moto) and the real apiserver. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { Moto, type Session } from '../helpers/moto.js';
import { expectNoLeak, gate } from './gate.js';

let cluster: Cluster;
let moto: Moto;
let session: Session;
const CONTEXT = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';

beforeAll(async () => {
  [cluster, moto] = await Promise.all([startCluster(), Moto.start()]);
  const role = await moto.createRole('deploy', { path: '/ci/' });
  session = await moto.assumeRole(role.arn, 'GitHubActions');
}, 120_000);
afterAll(async () => Promise.all([cluster?.stop(), moto?.stop()]), 30_000);

/** The harness kubeconfig, named the way `aws eks update-kubeconfig` names contexts. */
const eksKubeconfig = () =>
  cluster.kubeconfig(cluster.clientCert('ci')).replace(/\btest\b/g, CONTEXT);

describe('live gate, AWS side (moto)', () => {
  it("reports the runner's AWS identity, canonical principal and a session ending mid-deploy", async () => {
    const expires = new Date(Date.now() + 10 * 60_000).toISOString();
    const env = { ...moto.env(session), AWS_CREDENTIAL_EXPIRATION: expires };
    const run = await gate(eksKubeconfig(), {}, env);
    expect(run.ids).toEqual(['aws/session-expiring']);
    expect(run.outputs).toMatchObject({
      'aws-caller-arn': `arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions`,
      'aws-principal-arn': 'arn:aws:iam::123456789012:role/deploy',
      'aws-account-id': '123456789012',
      'eks-cluster': 'prod',
    });
    expect(run.summary).toContain('| `prod` | eu-west-1 | environment |');
    expect(run.code).toBe(1);
    expectNoLeak(run, [session.secretAccessKey, session.sessionToken]);
  });

  it('says when an EKS context finds no AWS credentials on the runner', async () => {
    const { AWS_ENDPOINT_URL, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE } = moto.env();
    const run = await gate(eksKubeconfig(), {}, {
      AWS_ENDPOINT_URL,
      AWS_CONFIG_FILE,
      AWS_SHARED_CREDENTIALS_FILE,
    } as Record<string, string>);
    expect(run.ids).toEqual(['aws/no-credentials']);
    expect(run.report?.findings[0]?.message).toContain(
      'is an EKS context (context name is an EKS cluster ARN)',
    );
    expect(run.code).toBe(1);
  });

  it('leaves AWS alone with aws: false', async () => {
    const run = await gate(eksKubeconfig(), { aws: 'false' });
    expect(run.ids).toEqual([]);
    expect(run.outputs['aws-caller-arn']).toBe('');
    expect(run.code).toBe(0);
  });
});
