/** Who the cluster will see: the cluster's token replayed to STS (moto behind the loopback front). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eksToken } from '../../../src/gather/aws/eks-token.js';
import { tokenIdentity } from '../../../src/gather/aws/token-identity.js';
import type { EksTarget } from '../../../src/model/aws/eks-detect.js';
import { Moto, type Session } from '../../helpers/moto.js';

let moto: Moto;
let session: Session;
beforeAll(async () => {
  moto = await Moto.start();
  const role = await moto.createRole('deploy', { path: '/ci/' });
  session = await moto.assumeRole(role.arn, 'GitHubActions');
}, 60_000);
afterAll(async () => moto?.stop());

const eks = (o: Partial<EksTarget> = {}): EksTarget => ({
  clusterName: 'prod',
  execCluster: 'prod',
  authenticator: 'aws-cli',
  signals: ['test'],
  ...o,
});
const token = (clusterId: string, host = moto.front.host) =>
  eksToken({ clusterId, region: 'eu-west-1', credentials: session, now: new Date(), host }).token;
const ask = (value: string, target: EksTarget) =>
  tokenIdentity({ value, from: 'exec' }, target, {
    env: { AWS_ENDPOINT_URL: moto.endpoint },
    deadline: Date.now() + 10_000,
  });

describe('tokenIdentity', () => {
  it('replays the token as the authenticator does and reads the principal STS names', async () => {
    const facts = await ask(token('prod'), eks());
    expect(facts).toEqual({
      from: 'exec',
      clusterId: 'prod',
      replay: expect.objectContaining({
        ok: true,
        arn: 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
      }),
    });
  });

  it('proves a token made for another cluster: it verifies only with that name', async () => {
    const target = eks({ execCluster: 'staging', contextCluster: 'prod' });
    const facts = await ask(token('staging'), target);
    expect(facts?.clusterId).toBe('prod');
    expect(facts?.replay).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(facts?.signedFor).toBe('staging');
  });

  it('sends a token signed for another host nowhere but that host (never to AWS_ENDPOINT_URL)', async () => {
    const before = moto.front.received.length;
    const facts = await ask(token('prod', '127.0.0.1:9'), eks());
    // Not an STS host, so it is refused before any request; the configured endpoint gets nothing.
    expect(facts?.replay).toMatchObject({ ok: false, code: 'UntrustedHost' });
    expect(moto.front.received.length).toBe(before);
  });
});
