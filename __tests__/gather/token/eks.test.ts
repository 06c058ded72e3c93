import { describe, expect, it } from '@jest/globals';
import { describeToken } from '../../../src/gather/token.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { parseAmzDate } from '../../../src/gather/token/eks.js';
import {
  awsGetToken,
  eksTokenFromUrl,
  EXAMPLE_ACCESS_KEY_ID,
  hasAwsCli,
  makeEksToken,
  presignEksUrl,
} from '../../helpers/tokens.js';

const DATE = new Date('2026-11-24T11:55:00Z');
const SESSION = 'IQoJb3JpZ2luX2VjEXAMPLE/session+token==';

function describe1(token: string) {
  const masked: string[] = [];
  const secrets = new SecretSet((s) => masked.push(s));
  return { facts: describeToken(token, secrets), masked, secrets };
}

/** The token, its URL and the signature never appear in what we keep. */
function expectNoSecretText(json: string, token: string): void {
  const url = Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString();
  const signature = /X-Amz-Signature=([0-9a-f]+)/.exec(url)?.[1] ?? 'missing';
  for (const secret of [token, token.slice(11, 60), url, signature, EXAMPLE_ACCESS_KEY_ID]) {
    expect(json).not.toContain(secret);
  }
}

describe('describeToken: EKS tokens made here', () => {
  it('reads host, region, signing time, key kind and signed headers', () => {
    const token = makeEksToken({ date: DATE, region: 'eu-west-1' });
    const { facts, masked } = describe1(token);
    expect(facts).toMatchObject({
      format: 'eks',
      issuedAt: '2026-11-24T11:55:00.000Z',
      notBefore: '2026-11-24T11:55:00.000Z',
      expiresAt: '2026-11-24T12:10:00.000Z',
      eks: {
        host: 'sts.eu-west-1.amazonaws.com',
        region: 'eu-west-1',
        signedAt: '2026-11-24T11:55:00.000Z',
        accessKeyPrefix: 'AKIA',
        temporaryCredentials: false,
        signedHeaders: ['host', 'x-k8s-aws-id'],
        expiresParam: 60,
        problems: [],
      },
    });
    expect(facts.malformed).toBeUndefined();
    expect(masked[0]).toBe(token);
    expectNoSecretText(JSON.stringify(facts), token);
  });

  it('maps the global endpoint to us-east-1', () => {
    const { facts } = describe1(makeEksToken({ date: DATE, global: true }));
    expect(facts.eks).toMatchObject({
      host: 'sts.amazonaws.com',
      region: 'us-east-1',
      problems: [],
    });
  });

  it('accepts FIPS, dual-stack and China hosts', () => {
    for (const [host, region] of [
      ['sts-fips.us-east-2.amazonaws.com', 'us-east-2'],
      ['sts.eu-central-1.api.aws', 'eu-central-1'],
      ['sts.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ] as const) {
      const { facts } = describe1(makeEksToken({ date: DATE, host, region }));
      expect(facts.eks).toMatchObject({ host, region, problems: [] });
    }
  });

  it('marks session credentials temporary and masks the session token and signature', () => {
    const token = makeEksToken({
      date: DATE,
      sessionToken: SESSION,
      accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
    });
    const { facts, masked, secrets } = describe1(token);
    expect(facts.eks).toMatchObject({
      accessKeyPrefix: 'ASIA',
      temporaryCredentials: true,
      problems: [],
    });
    expect(masked).toContain(SESSION);
    expect(masked).toContain(encodeURIComponent(SESSION));
    const url = presignEksUrl({
      date: DATE,
      sessionToken: SESSION,
      accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
    });
    expect(secrets.scrub(`GET ${url}`)).toBe('GET ***');
    expect(JSON.stringify(facts)).not.toContain('session');
  });

  it.each([
    [
      'x-k8s-aws-id not signed',
      { omitSignedHeader: true },
      /client did not sign the x-k8s-aws-id header/,
    ],
    [
      'an extra parameter',
      { extraParams: [['clusterId', 'demo']] },
      /non-whitelisted query parameter "clusterId"/,
    ],
    [
      'a case-variant duplicate',
      { extraParams: [['action', 'GetCallerIdentity']] },
      /duplicate query parameter found: "action"/,
    ],
    [
      'a repeated parameter',
      { extraParams: [['Version', '2011-06-15']] },
      /multiple values not supported \("Version" is given 2 times\)/,
    ],
    [
      'X-Amz-Expires above 900',
      { expires: 901 },
      /invalid X-Amz-Expires parameter in pre-signed URL: "901"/,
    ],
    ['X-Amz-Expires not a number', { expires: 'soon' }, /invalid X-Amz-Expires.*"soon"/],
    ['an unknown host', { host: 'sts.example.com' }, /unexpected hostname "sts.example.com"/],
    ['a host with a port', { host: 'sts.eu-west-1.amazonaws.com:443' }, /unexpected hostname/],
    [
      'a scope for another region',
      { scopeRegion: 'us-west-2' },
      /scoped to region "us-west-2".*eu-west-1/,
    ],
    [
      'a temporary key without session token',
      { accessKeyId: 'ASIAEXAMPLEEXAMPLE12' },
      /X-Amz-Security-Token is missing/,
    ],
    ['a huge session token', { sessionToken: 'x'.repeat(4000) }, /token is too large \(\d+ bytes/],
  ] as const)('lists the problem for %s', (_, opts, expected) => {
    const { facts } = describe1(makeEksToken({ date: DATE, ...(opts as object) }));
    expect(facts.format).toBe('eks');
    expect(facts.eks?.problems.join('\n')).toMatch(expected);
  });

  it.each([
    ['http', 'http://sts.eu-west-1.amazonaws.com/', /unexpected scheme "http"/],
    [
      'a path',
      'https://sts.eu-west-1.amazonaws.com/x/',
      /unexpected path in pre-signed URL \("\/x\/"/,
    ],
    ['no path', 'https://sts.eu-west-1.amazonaws.com', /unexpected path in pre-signed URL \(""/],
  ])('lists the problem for %s', (_, base, expected) => {
    const url = presignEksUrl({ date: DATE }).replace('https://sts.eu-west-1.amazonaws.com/', base);
    expect(describe1(eksTokenFromUrl(url)).facts.eks?.problems.join('\n')).toMatch(expected);
  });

  it('lists every problem of a bad URL at once, with no date', () => {
    const url =
      'https://sts.eu-west-1.amazonaws.com/?Action=AssumeRole&Foo=1&X-Amz-Credential=bad;x';
    const { facts } = describe1(eksTokenFromUrl(url));
    const problems = facts.eks?.problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/malformed query parameter \(invalid semicolon/),
        'non-whitelisted query parameter "Foo"',
        expect.stringMatching(/unexpected action parameter.*Action=AssumeRole/),
        'client did not sign the x-k8s-aws-id header in the pre-signed URL',
        expect.stringMatching(/X-Amz-Expires.*missing/),
        'X-Amz-Date parameter must be present in pre-signed URL',
        expect.stringMatching(/X-Amz-Signature is missing/),
      ]),
    );
    expect(facts.eks?.signedAt).toBe('');
    expect(facts.expiresAt).toBeUndefined();
  });

  it('flags "=" padding, which the authenticator cannot decode, but still reads the token', () => {
    const token = makeEksToken({ date: DATE });
    const pad = '='.repeat((4 - ((token.length - 'k8s-aws-v1.'.length) % 4)) % 4);
    expect(pad).not.toBe('');
    const { facts } = describe1(token + pad);
    expect(facts.eks?.signedAt).toBe('2026-11-24T11:55:00.000Z');
    expect(facts.eks?.problems.join()).toMatch(
      /illegal base64 data at input byte \d+.*RawURLEncoding/,
    );
  });

  it.each([
    ['nothing after the prefix', 'k8s-aws-v1.', /nothing follows the "k8s-aws-v1." prefix/],
    [
      'not base64url',
      'k8s-aws-v1.abc+def',
      /not base64url: illegal base64 data at input byte 3: '\+'/,
    ],
    [
      'not a URL',
      eksTokenFromUrl('sts.amazonaws.com/?Action=GetCallerIdentity'),
      /cannot be parsed: not an absolute URL/,
    ],
    [
      'a control character',
      eksTokenFromUrl('https://sts.amazonaws.com/\n?x'),
      /invalid control character/,
    ],
  ])('is malformed when %s', (_, token, expected) => {
    const { facts } = describe1(token);
    expect(facts.format).toBe('eks');
    expect(facts.eks).toBeUndefined();
    expect(facts.malformed).toMatch(expected);
  });

  it('parses X-Amz-Date strictly', () => {
    expect(parseAmzDate('20261124T084114Z')).toBe('2026-11-24T08:41:14.000Z');
    for (const bad of [
      '20261324T084114Z',
      '20260230T000000Z',
      '20261124T246000Z',
      '2026-11-24T08:41:14Z',
      '',
    ]) {
      expect(parseAmzDate(bad)).toBeUndefined();
    }
  });
});

const withCli = hasAwsCli() ? describe : describe.skip;

type CliArgs = Parameters<typeof awsGetToken>[0];

withCli('describeToken: tokens from the real `aws eks get-token`', () => {
  it.each<[string, CliArgs, string, string]>([
    [
      'long-lived keys, regional STS',
      { region: 'eu-west-1' },
      'sts.eu-west-1.amazonaws.com',
      'eu-west-1',
    ],
    [
      'session credentials',
      { region: 'eu-west-1', sessionToken: SESSION },
      'sts.eu-west-1.amazonaws.com',
      'eu-west-1',
    ],
    [
      'legacy global STS',
      { region: 'us-east-1', legacySts: true },
      'sts.amazonaws.com',
      'us-east-1',
    ],
  ])('%s', (_, args, host, region) => {
    const start = Math.floor(Date.now() / 1000) * 1000;
    const cli = awsGetToken(args);
    const end = Date.now();
    if (!cli) throw new Error('aws CLI disappeared');
    const { facts, masked } = describe1(cli.token);
    const signed = Date.parse(facts.eks?.signedAt ?? '');
    expect(signed).toBeGreaterThanOrEqual(start);
    expect(signed).toBeLessThanOrEqual(end);
    expect(facts.eks).toMatchObject({
      host,
      region,
      signedHeaders: ['host', 'x-k8s-aws-id'],
      temporaryCredentials: Boolean(args.sessionToken),
      problems: [],
    });
    expect(Date.parse(facts.expiresAt ?? '') - signed).toBe(15 * 60 * 1000);
    // The CLI advertises one minute less than STS allows.
    expect(Date.parse(cli.expirationTimestamp)).toBe(signed + 14 * 60 * 1000);
    expect(masked).toContain(cli.token);
    if (args.sessionToken) expect(masked).toContain(SESSION);
    expectNoSecretText(JSON.stringify(facts), cli.token);
    // Our presigner reproduces the CLI's token byte for byte at the same instant.
    const global = host === 'sts.amazonaws.com';
    expect(
      makeEksToken({ date: new Date(signed), region, global, sessionToken: args.sessionToken }),
    ).toBe(cli.token);
  });
});
