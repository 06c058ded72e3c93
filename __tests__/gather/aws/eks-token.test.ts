/** eksToken against the real `aws eks get-token` (frozen clock) and replayEksToken against moto on loopback. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { eksToken, stsEndpoint, type AwsCredentials } from '../../../src/gather/aws/eks-token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { decodeEksToken } from '../../../src/gather/token/eks.js';
import { FAKE_CREDS, Moto, runAws } from '../../helpers/moto.js';
import { makeEksToken } from '../../helpers/tokens.js';

const AT = new Date('2026-11-24T12:00:00Z');
const SESSION: AwsCredentials = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE/session+token==',
};

let moto: Moto;
beforeAll(async () => {
  moto = await Moto.start();
});
afterAll(async () => {
  await moto?.stop();
});

interface CliCase {
  region: string;
  creds: AwsCredentials;
  cluster: string;
  legacy?: boolean;
}

/**
 * `aws eks get-token` with its clock frozen at AT by faketime. AWS_ENDPOINT_URL is loopback, so the
 * CLI presigns for that host (get-token sends nothing); eksToken's `host` option signs the same way.
 */
async function cliToken(c: CliCase): Promise<{ token: string; expirationTimestamp: string }> {
  const env = {
    ...moto.env(c.creds),
    AWS_ENDPOINT_URL: `https://${moto.sts.host}`,
    AWS_STS_REGIONAL_ENDPOINTS: c.legacy ? 'legacy' : 'regional',
  };
  const args = ['eks', 'get-token', '--cluster-name', c.cluster, '--region', c.region];
  return (JSON.parse(await runAws(args, env, AT)) as { status: never }).status;
}

describe('eksToken: byte-identical to `aws eks get-token` (clock frozen with faketime)', () => {
  it.each<[string, CliCase]>([
    ['long-lived keys, eu-west-1', { region: 'eu-west-1', creds: FAKE_CREDS, cluster: 'demo' }],
    ['session-token keys, eu-west-1', { region: 'eu-west-1', creds: SESSION, cluster: 'demo' }],
    [
      'long-lived keys, ap-southeast-2',
      { region: 'ap-southeast-2', creds: FAKE_CREDS, cluster: 'prod-01' },
    ],
    ['session-token keys, us-east-1', { region: 'us-east-1', creds: SESSION, cluster: 'demo' }],
    // Under AWS_ENDPOINT_URL the CLI cannot produce sts.amazonaws.com: legacy mode keeps the
    // endpoint and scopes to the region, and so does eksToken with `host`.
    [
      'legacy (global) STS mode',
      { region: 'eu-west-1', creds: FAKE_CREDS, cluster: 'demo', legacy: true },
    ],
  ])('%s', async (_, c) => {
    const cli = await cliToken(c);
    const ours = eksToken({
      clusterId: c.cluster,
      region: c.region,
      credentials: c.creds,
      now: AT,
      sts: c.legacy ? 'global' : 'regional',
      host: moto.sts.host,
    });
    expect(ours.url).toContain(
      'X-Amz-Date=20261124T120000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id',
    );
    expect(ours.url).toBe(
      Buffer.from(cli.token.slice('k8s-aws-v1.'.length), 'base64url').toString(),
    );
    expect(ours.token).toBe(cli.token);
    expect(ours.expiresAt).toBe(cli.expirationTimestamp);
    expect(ours.expiresAt).toBe('2026-11-24T12:14:00Z');
  });
});

const REGIONS = [
  'us-east-1',
  'eu-west-1',
  'ap-southeast-2',
  'af-south-1',
  'ap-east-1',
  'mx-central-1',
  'cn-north-1',
  'cn-northwest-1',
  'us-gov-west-1',
  'us-iso-east-1',
  'us-isob-east-1',
  'us-isof-south-1',
  'eu-isoe-west-1',
  'eusc-de-east-1',
  'aws-global',
];

describe('eksToken: STS host and scope as the CLI chooses them', () => {
  it('matches botocore (the CLI engine) for regional and legacy modes in every partition', () => {
    // generate_presigned_url signs locally and sends nothing; proxies point at a closed loopback port anyway.
    const script = `import json, sys, botocore.session
from urllib.parse import urlsplit, parse_qs
out = []
for mode, region in json.loads(sys.argv[1]):
    s = botocore.session.Session()
    s.set_config_variable('sts_regional_endpoints', mode)
    c = s.create_client('sts', region_name=region, aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='x')
    u = urlsplit(c.generate_presigned_url('get_caller_identity', ExpiresIn=60, HttpMethod='GET'))
    out.append([u.netloc, parse_qs(u.query)['X-Amz-Credential'][0].split('/')[2]])
print(json.dumps(out))`;
    const cases = ['regional', 'legacy'].flatMap((mode) => REGIONS.map((r) => [mode, r]));
    const proxy = 'http://127.0.0.1:9';
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HTTP_PROXY: proxy,
      HTTPS_PROXY: proxy,
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const run = spawnSync('python3', ['-c', script, JSON.stringify(cases)], {
      env,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const ours = cases.map(([mode, region = '']) => {
      const e = stsEndpoint(region, mode === 'legacy' ? 'global' : 'regional');
      return [e.host, e.signingRegion];
    });
    expect(ours).toEqual(JSON.parse(run.stdout));
  });

  it.each([
    ['eu-west-1', false, undefined],
    ['us-east-1', true, undefined],
    ['eu-west-1', true, SESSION.sessionToken],
    ['ap-southeast-2', false, SESSION.sessionToken],
  ] as const)(
    '%s global=%s: same token as the test presigner proven against the CLI',
    (region, global, sessionToken) => {
      const credentials = sessionToken ? SESSION : FAKE_CREDS;
      const ours = eksToken({
        clusterId: 'demo',
        region,
        credentials,
        now: AT,
        sts: global ? 'global' : 'regional',
      });
      expect(ours.token).toBe(makeEksToken({ date: AT, region, global, ...credentials }));
    },
  );

  it('rejects a bad region and empty inputs', () => {
    const base = { clusterId: 'demo', region: 'eu-west-1', credentials: FAKE_CREDS, now: AT };
    expect(() => eksToken({ ...base, region: 'eu west 1' })).toThrow(/invalid region/);
    expect(() => eksToken({ ...base, clusterId: ' ' })).toThrow(/clusterId/);
    expect(() =>
      eksToken({ ...base, credentials: { accessKeyId: '', secretAccessKey: 'x' } }),
    ).toThrow();
    expect(() => eksToken({ ...base, now: new Date('nope') })).toThrow(/date/);
  });
});

describe('eksToken: what our decoder reads back', () => {
  it.each([
    [
      'regional, long-lived',
      'eu-west-1',
      'regional',
      FAKE_CREDS,
      'sts.eu-west-1.amazonaws.com',
      'eu-west-1',
    ],
    ['global, long-lived', 'us-east-1', 'global', FAKE_CREDS, 'sts.amazonaws.com', 'us-east-1'],
    [
      'regional, session',
      'cn-north-1',
      'regional',
      SESSION,
      'sts.cn-north-1.amazonaws.com.cn',
      'cn-north-1',
    ],
  ] as const)('%s', (_, region, sts, credentials, host, readRegion) => {
    const made = eksToken({ clusterId: 'demo', region, credentials, now: AT, sts });
    const masked: string[] = [];
    const result = decodeEksToken(made.token, new SecretSet((s) => masked.push(s)));
    expect(result).toEqual({
      ok: true,
      eks: {
        host,
        region: readRegion,
        signedAt: AT.toISOString(),
        accessKeyPrefix: credentials.accessKeyId.slice(0, 4),
        temporaryCredentials: credentials === SESSION,
        signedHeaders: ['host', 'x-k8s-aws-id'],
        problems: [],
        expiresParam: 60,
      },
    });
    expect(masked).toContain(made.url);
  });
});
