/** STS GetCallerIdentity with the resolved credentials, honouring the standard endpoint settings. */
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AwsCaller } from '../../model/aws/facts.js';
import type { SecretSet } from '../secrets.js';
import { answer } from './answer.js';
import { viaProxy, type AwsProxy } from './proxy.js';
import { stsClient } from './sdk.js';

export async function callerIdentity(o: {
  region: string;
  credentials: AwsCredentialIdentity;
  deadline: number;
  secrets: SecretSet;
  proxy?: AwsProxy;
}): Promise<AwsCaller> {
  const { STSClient, GetCallerIdentityCommand } = await stsClient();
  const client = new STSClient({
    region: o.region,
    credentials: o.credentials,
    maxAttempts: 2,
    ...viaProxy(o.proxy),
  });
  try {
    const got = await answer(o.secrets, () =>
      client.send(new GetCallerIdentityCommand({}), {
        abortSignal: AbortSignal.timeout(Math.max(1, o.deadline - Date.now())),
      }),
    );
    if (!got.ok) return got;
    const out = got.value;
    return { ok: true, arn: out.Arn ?? '', account: out.Account ?? '', userId: out.UserId ?? '' };
  } finally {
    client.destroy();
  }
}
