/** The AWS side of the gather against a real local AWS API (moto on loopback). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { providerError } from '../../../src/gather/aws/credentials.js';
import { gatherAws } from '../../../src/gather/aws/index.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import type { EksTarget } from '../../../src/model/aws/eks-detect.js';
import { withAwsEnv } from '../../helpers/aws-env.js';
import { Moto, type AwsCreds } from '../../helpers/moto.js';

let moto: Moto;
let strict: Moto;
let session: AwsCreds;
const eks: EksTarget = {
  clusterName: 'prod',
  region: 'eu-west-1',
  authenticator: 'aws-cli',
  signals: ['test'],
};

beforeAll(async () => {
  [moto, strict] = await Promise.all([
    Moto.start(),
    Moto.start('eu-west-1', { verifySignatures: true }),
  ]);
  const role = await moto.createRole('deploy', { path: '/team/' });
  session = await moto.assumeRole(role.arn, 'ci-run-7');
}, 60_000);
afterAll(async () => Promise.all([moto?.stop(), strict?.stop()]));

async function gatherWith(vars: Record<string, string>) {
  const masked: string[] = [];
  const secrets = new SecretSet((s) => masked.push(s));
  const facts = await withAwsEnv(vars, () =>
    gatherAws(eks, {
      env: process.env,
      secrets,
      deadline: Date.now() + 10_000,
      now: () => Date.now(),
    }),
  );
  return { facts, masked };
}

describe('gatherAws (moto)', () => {
  it('names the source of an assumed-role session, masks it, and asks STS who it is', async () => {
    const { facts, masked } = await gatherWith(moto.env(session));
    expect(facts.credentials).toEqual({
      ok: true,
      value: {
        source: 'environment',
        accessKeyPrefix: session.accessKeyId.slice(0, 4),
        temporary: true,
      },
    });
    expect(facts.caller).toMatchObject({
      ok: true,
      arn: `arn:aws:sts::${facts.caller?.ok ? facts.caller.account : ''}:assumed-role/deploy/ci-run-7`,
    });
    expect(facts).toMatchObject({ region: 'eu-west-1', regionFrom: 'kubeconfig' });
    expect(masked).toEqual(expect.arrayContaining([session.secretAccessKey, session.sessionToken]));
  });

  it('reads the expiry the environment gives (configure-aws-credentials sets it)', async () => {
    const { facts } = await gatherWith({
      ...moto.env(session),
      AWS_CREDENTIAL_EXPIRATION: '2026-11-24T12:30:00Z',
    });
    expect(facts.credentials).toMatchObject({
      ok: true,
      value: { expiresAt: '2026-11-24T12:30:00.000Z' },
    });
  });

  it('finds no credentials on a bare runner, without waiting for instance metadata', async () => {
    const env = moto.env();
    const started = Date.now();
    const { facts } = await gatherWith({
      AWS_ENDPOINT_URL: env.AWS_ENDPOINT_URL as string,
      AWS_CONFIG_FILE: env.AWS_CONFIG_FILE as string,
      AWS_SHARED_CREDENTIALS_FILE: env.AWS_SHARED_CREDENTIALS_FILE as string,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(facts.credentials).toEqual({
      ok: false,
      why: 'none',
      detail: 'Could not load credentials from any providers',
    });
    expect(facts.caller).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says a named profile does not exist', async () => {
    const env = moto.env();
    const { facts } = await gatherWith({
      AWS_PROFILE: 'deploy',
      AWS_CONFIG_FILE: env.AWS_CONFIG_FILE as string,
      AWS_SHARED_CREDENTIALS_FILE: env.AWS_SHARED_CREDENTIALS_FILE as string,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(facts.credentials).toMatchObject({
      ok: false,
      why: 'error',
      detail: expect.stringMatching(/^the profile "deploy" \(AWS_PROFILE\) is defined in neither /),
    });
  });

  it('a failing credential_process: named by its profile, never by its command line', async () => {
    const env = moto.env();
    const file = path.join(path.dirname(env.AWS_CONFIG_FILE as string), 'config-process');
    const secret = 'op-service-token-9f8e7d6c5b4a';
    writeFileSync(
      file,
      `[profile vault]\ncredential_process = /bin/sh -c "exit 3" --token ${secret}\n`,
    );
    const vars = {
      AWS_PROFILE: 'vault',
      AWS_CONFIG_FILE: file,
      AWS_SHARED_CREDENTIALS_FILE: env.AWS_SHARED_CREDENTIALS_FILE as string,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    // The SDK's own error for the profile quotes the command line…
    const { fromIni } = await import('@aws-sdk/credential-provider-ini');
    const raw = await withAwsEnv(vars, () =>
      fromIni({ profile: 'vault' })().catch((e: Error) => e),
    );
    expect((raw as Error).message).toContain(secret);
    expect(providerError(raw as Error, 'vault', new SecretSet())).toBe(
      'the credential_process of profile "vault" failed (its command line is not shown: it may hold secrets)',
    );
    // …and whatever the chain reports, the command line never reaches the facts.
    const { facts } = await gatherWith(vars);
    expect(facts.credentials).toMatchObject({ ok: false });
    expect(JSON.stringify(facts)).not.toContain(secret);
  });

  it('reads a profile from the config file', async () => {
    const env = moto.env();
    const file = path.join(path.dirname(env.AWS_CONFIG_FILE as string), 'config-profile');
    writeFileSync(
      file,
      `[profile deploy]\naws_access_key_id = ${session.accessKeyId}\naws_secret_access_key = ${session.secretAccessKey}\naws_session_token = ${session.sessionToken}\n`,
    );
    const { facts } = await gatherWith({
      AWS_PROFILE: 'deploy',
      AWS_ENDPOINT_URL: env.AWS_ENDPOINT_URL as string,
      AWS_CONFIG_FILE: file,
      AWS_SHARED_CREDENTIALS_FILE: env.AWS_SHARED_CREDENTIALS_FILE as string,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(facts.credentials).toMatchObject({
      ok: true,
      value: { source: 'profile', profile: 'deploy' },
    });
    expect(facts.caller).toMatchObject({ ok: true });
  });

  it('gets InvalidClientTokenId for a key AWS does not know (moto checking signatures)', async () => {
    const { facts } = await gatherWith(
      strict.env({
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      }),
    );
    expect(facts.caller).toMatchObject({ ok: false, code: 'InvalidClientTokenId', status: 403 });
  });

  it('reports a refused STS endpoint as a network error code', async () => {
    const { facts } = await gatherWith({
      ...moto.env(session),
      AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
    });
    expect(facts.caller).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  });
});
