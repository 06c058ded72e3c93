/** The token guessed while `aws eks get-token` runs, confirmed against the real aws CLI's. */
import { describe, expect, it } from '@jest/globals';
import { speculate, type Speculation } from '../../../src/gather/aws/speculative-token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { decodeEksToken } from '../../../src/gather/token/eks.js';
import { detectEks } from '../../../src/model/aws/eks-detect.js';
import type { KubeUser } from '../../../src/model/kubeconfig.js';
import { runAws } from '../../helpers/aws-cli.js';
import { entry, target } from '../../helpers/facts.js';

const CREDS = {
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEXAMPLE/session+token==',
};
/** get-token only presigns: nothing listens here, nothing is sent. */
const ENV = { ...CREDS, AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_REGION: 'eu-west-1' };
const ARGS = ['--region', 'eu-west-1', 'eks', 'get-token', '--cluster-name', 'prod'];

function targetOf(user: KubeUser) {
  return target({
    contextName: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod',
    cluster: entry('c', { server: 'https://127.0.0.1:6443' }),
    user: entry('u', user),
  });
}
const execUser = (args = ARGS, env: { name: string; value: string }[] = []): KubeUser => ({
  exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args, env },
});
function guess(user: KubeUser, env: Record<string, string> = ENV) {
  const t = targetOf(user);
  return speculate(t, detectEks(t)!, env, new Date());
}
/** As the gate asks: with the signing time its decoding of the plugin's token read. */
function confirms(g: Speculation, token: string): boolean {
  const decoded = token.startsWith('k8s-aws-v1.')
    ? decodeEksToken(token, new SecretSet())
    : undefined;
  return g.confirmedBy(token, decoded?.ok ? decoded.eks.signedAt : undefined);
}
const cliToken = async (args: string[], env: Record<string, string>) =>
  (JSON.parse(await runAws(args, env)) as { status: { token: string } }).status.token;

describe('speculate', () => {
  it.each([
    ['an http endpoint (a local STS)', ENV],
    ['an https endpoint', { ...ENV, AWS_ENDPOINT_URL: 'https://127.0.0.1:9' }],
    ['long-lived keys (no session token)', { ...ENV, AWS_SESSION_TOKEN: '' }],
  ])('is confirmed by the token the aws CLI prints: %s', async (_, env) => {
    const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v));
    const g = guess(execUser(), clean);
    expect(g?.token).toMatch(/^k8s-aws-v1\./);
    expect(confirms(g!, await cliToken(ARGS, clean))).toBe(true);
  });

  it('is refuted by a token for another cluster, other keys, another region, or none', async () => {
    const g = guess(execUser())!;
    const other = ARGS.map((a) => (a === 'prod' ? 'staging' : a));
    expect(confirms(g, await cliToken(other, ENV))).toBe(false);
    const keys = { ...ENV, AWS_SECRET_ACCESS_KEY: 'another/secret/key/EXAMPLEKEY00000000000' };
    expect(confirms(g, await cliToken(ARGS, keys))).toBe(false);
    const region = ARGS.map((a) => (a === 'eu-west-1' ? 'us-east-1' : a));
    expect(confirms(g, await cliToken(region, ENV))).toBe(false);
    const mine = await cliToken(ARGS, ENV);
    expect(g.confirmedBy(mine, undefined)).toBe(false); // no signing time read
    expect(g.confirmedBy(undefined, '2026-11-25T03:15:00Z')).toBe(false);
    expect(g.confirmedBy(mine, 'not a date')).toBe(false);
    expect(confirms(g, 'k8s-aws-v1.bm90IGEgdXJs')).toBe(false);
    expect(confirms(g, 'a-bearer-token')).toBe(false);
  });

  it.each<[string, KubeUser, Record<string, string>?]>([
    ['--role-arn', execUser([...ARGS, '--role-arn', 'arn:aws:iam::1:role/x'])],
    ['--profile', execUser([...ARGS, '--profile', 'ci'])],
    ['AWS_* in the exec env', execUser(ARGS, [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAX' }])],
    ['--cluster-id (Outposts)', execUser(ARGS.map((a) => a.replace('-name', '-id')))],
    ['a static token beside the plugin', { ...execUser(), token: 'abc' }],
    ['no keys in the environment', execUser(), { AWS_REGION: 'eu-west-1' }],
    ['no region anywhere', execUser(ARGS.slice(2)), CREDS],
    [
      'aws-iam-authenticator',
      { exec: { command: 'aws-iam-authenticator', args: ['token', '-i', 'prod'] } },
    ],
  ])('declines: %s', (_, user, env = ENV) => {
    expect(guess(user, env)).toBeUndefined();
  });
});
