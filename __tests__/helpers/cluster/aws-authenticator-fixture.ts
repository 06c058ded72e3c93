/**
 * Shared setup of the aws-authenticator tests: a real moto with a role without a path, one with a
 * path, an IAM user with a path, their sessions/keys, and an authenticator over mutable state.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { eksToken } from '../../../src/gather/aws/eks-token.js';
import { Moto, MOTO_ACCOUNT, type AwsCreds, type Principal } from '../moto.js';
import {
  awsIamAuthenticator,
  type AccessEntry,
  type AuthenticationMode,
  type AwsIamAuthenticatorOptions,
} from './aws-authenticator.js';
import type { WebhookAnswer } from './webhook.js';

export interface Fixture {
  moto: Moto;
  /** role/deployer */
  plain: Principal;
  /** role/ci/deploy */
  pathed: Principal;
  /** user/bots/ci */
  user: Principal;
  /** role/deployer, session `alice@example.com` */
  alice: AwsCreds;
  /** role/ci/deploy, session `GitHubActions` */
  ci: AwsCreds;
  /** The access key of user/bots/ci */
  userKey: AwsCreds;
  /** What the authenticator reads at each review; reset before each test. */
  state: { data?: Record<string, string>; entries: AccessEntry[]; mode: AuthenticationMode };
  /** What it logged in this test. */
  logs: string[];
}

export const ROLE = (name: string): string => `arn:aws:iam::${MOTO_ACCOUNT}:role/${name}`;
export const mapRoles = (arn: string, username: string, groups: string[] = []): string =>
  `- rolearn: ${arn}\n  username: "${username}"\n  groups: ${JSON.stringify(groups)}\n`;

/** Registers the hooks; the returned object is filled in by beforeAll. */
export function motoFixture(): Fixture {
  const f = { state: { entries: [], mode: 'API_AND_CONFIG_MAP' }, logs: [] } as unknown as Fixture;
  beforeAll(async () => {
    f.moto = await Moto.start();
    f.plain = await f.moto.createRole('deployer');
    f.pathed = await f.moto.createRole('deploy', { path: '/ci/' });
    f.user = await f.moto.createUser('ci', { path: '/bots/' });
    [f.alice, f.ci, f.userKey] = await Promise.all([
      f.moto.assumeRole(f.plain.arn, 'alice@example.com'),
      f.moto.assumeRole(f.pathed.arn, 'GitHubActions'),
      f.moto.createAccessKey('ci'),
    ]);
  }, 60_000);
  afterAll(async () => f.moto?.stop());
  beforeEach(() => {
    f.state = { entries: [], mode: 'API_AND_CONFIG_MAP' };
    f.logs = [];
  });
  return f;
}

/** The authenticator options for cluster `prod` over the fixture's state. */
export const options = (
  f: Fixture,
  over: Partial<AwsIamAuthenticatorOptions> = {},
): AwsIamAuthenticatorOptions => ({
  clusterId: 'prod',
  stsHosts: [f.moto.sts.host],
  awsAuth: () => f.state.data,
  accessEntries: () => f.state.entries,
  mode: () => f.state.mode,
  log: (line) => f.logs.push(line),
  ...over,
});

/** One TokenReview through a fresh authenticator. */
export const authenticate = (
  f: Fixture,
  token: string,
  over: Partial<AwsIamAuthenticatorOptions> = {},
): Promise<WebhookAnswer> => Promise.resolve(awsIamAuthenticator(options(f, over))(token, {}));

/** A token as `aws eks get-token` makes it (production eksToken), for the loopback STS front. */
export const tokenFor = (
  f: Fixture,
  credentials: AwsCreds,
  o: { now?: Date; clusterId?: string } = {},
): string =>
  eksToken({
    clusterId: o.clusterId ?? 'prod',
    region: 'eu-west-1',
    credentials,
    now: o.now ?? new Date(),
    host: f.moto.sts.host,
  }).token;
