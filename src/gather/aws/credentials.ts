/** AWS credentials through the SDK's default provider chain, and which link supplied them. */
import type { AwsCredentialIdentity } from '@smithy/types';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AwsCredentials, CredentialSource } from '../../model/aws/facts.js';
import type { SecretSet } from '../secrets.js';
import { clipMessage } from './answer.js';
import { viaProxy, type AwsProxy } from './proxy.js';
import { credentialChain } from './sdk.js';

/** The SDK tags credentials with the feature that produced them (`$source`). */
const SOURCES: [RegExp, CredentialSource][] = [
  [/STS_WEB_ID|WEB_ID_TOKEN/, 'web-identity'],
  [/ENV_VARS/, 'environment'],
  [/SSO/, 'sso'],
  [/PROCESS/, 'process'],
  [/SOURCE_PROFILE|ASSUME_ROLE/, 'assume-role-profile'],
  [/PROFILE/, 'profile'],
  [/HTTP/, 'container'],
  [/IMDS/, 'instance-metadata'],
];

function sourceOf(tags: Record<string, unknown> | undefined): CredentialSource {
  const keys = Object.keys(tags ?? {}).join(' ');
  return SOURCES.find(([re]) => re.test(keys))?.[1] ?? 'unknown';
}

export interface Resolved {
  facts: AwsCredentials;
  identity?: AwsCredentialIdentity;
}

function beforeDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(Object.assign(new Error('the time budget ran out'), { name: 'Timeout' })),
      Math.max(0, deadline - Date.now()),
    );
    timer.unref();
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Says so when a named profile is in neither AWS file (the SDK's own error does not). */
async function profileMissing(
  profile: string,
  env: Record<string, string | undefined>,
): Promise<string | undefined> {
  const home = env.HOME || os.homedir();
  const files = [
    env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'),
    env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'),
  ];
  const header = new RegExp(
    `^\\s*\\[(profile\\s+)?${profile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\]`,
    'm',
  );
  for (const f of files) {
    const text = await fs.readFile(f, 'utf8').catch(() => '');
    if (header.test(text)) return undefined;
  }
  return `the profile "${profile}" (AWS_PROFILE) is defined in neither ${files.join(' nor ')}`;
}

/**
 * A provider's error as one safe line. A failing credential_process is reported by the SDK with
 * its whole command line, which may carry secrets of its own (`--token …`): it names the profile.
 */
export function providerError(e: Error, profile: string | undefined, secrets: SecretSet): string {
  if (/^Command failed: /.test(e.message ?? ''))
    return `the credential_process of profile "${profile ?? 'default'}" failed (its command line is not shown: it may hold secrets)`;
  return clipMessage(e.message || e.name, secrets);
}

/**
 * The default chain (environment, web identity, profiles with SSO and credential_process,
 * container and instance metadata with a short timeout). Secrets are masked the moment they exist.
 */
export async function resolveCredentials(o: {
  profile?: string;
  deadline: number;
  secrets: SecretSet;
  env: Record<string, string | undefined>;
  proxy?: AwsProxy;
}): Promise<Resolved> {
  const { defaultProvider } = await credentialChain();
  // The chain's own STS and SSO calls (web identity, role profiles) go through the proxy too.
  const clientConfig = viaProxy(o.proxy);
  const provider = defaultProvider({
    ...(o.profile ? { profile: o.profile } : {}),
    ...(clientConfig.requestHandler ? { clientConfig } : {}),
    timeout: 1000,
    maxRetries: 0,
  });
  let identity: AwsCredentialIdentity & { $source?: Record<string, unknown> };
  try {
    identity = await beforeDeadline(provider(), o.deadline);
  } catch (err) {
    const e = err as Error;
    const none = /could not load credentials from any providers/i.test(e.message);
    const detail = providerError(e, o.profile ?? o.env.AWS_PROFILE, o.secrets);
    const missing = o.profile ? await profileMissing(o.profile, o.env) : undefined;
    if (missing) return { facts: { ok: false, why: 'error', detail: missing } };
    return { facts: { ok: false, why: none ? 'none' : 'error', detail } };
  }
  o.secrets.add(identity.secretAccessKey);
  if (identity.sessionToken) o.secrets.add(identity.sessionToken);
  const expiresAt = identity.expiration?.toISOString();
  return {
    identity,
    facts: {
      ok: true,
      value: {
        source: sourceOf(identity.$source),
        ...(o.profile ? { profile: o.profile } : {}),
        accessKeyPrefix: identity.accessKeyId.slice(0, 4),
        temporary: Boolean(identity.sessionToken) || identity.accessKeyId.startsWith('ASIA'),
        ...(expiresAt ? { expiresAt } : {}),
      },
    },
  };
}
