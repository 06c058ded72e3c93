/** STS GetCallerIdentity with the resolved credentials, honouring the standard endpoint settings. */
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AwsCaller } from '../../model/aws/facts.js';
import { stsClient } from './sdk.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** An SDK or network error as a fact (no stack, no request details). */
export function awsError(err: unknown): Extract<AwsCaller, { ok: false }> {
  const e = err as SdkError;
  // The SDK wraps errors of another realm ("AWS SDK error wrapper for Error: connect …") and
  // drops their code; the message keeps it.
  const message = (e.message ?? '').replace(/^AWS SDK error wrapper for \w+: /, '');
  const network =
    (e.code && /^E[A-Z]+$/.test(e.code) ? e.code : undefined) ??
    /\b(E[A-Z]{4,})\b/.exec(message)?.[1];
  const sdkName = e.name && e.name !== 'Error' ? e.name : undefined;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ?? 1;
  return {
    ok: false,
    // An HTTP answer means a service error (its name is the code); none means the network failed.
    code: (status ? sdkName : network) ?? sdkName ?? network ?? 'Error',
    message: message.split('\n')[0]?.slice(0, 300) ?? '',
    ...(status ? { status } : {}),
    ...(attempts > 1 ? { attempts } : {}),
  };
}

export async function callerIdentity(o: {
  region: string;
  credentials: AwsCredentialIdentity;
  deadline: number;
}): Promise<AwsCaller> {
  const { STSClient, GetCallerIdentityCommand } = await stsClient();
  const client = new STSClient({ region: o.region, credentials: o.credentials, maxAttempts: 2 });
  try {
    const out = await client.send(new GetCallerIdentityCommand({}), {
      abortSignal: AbortSignal.timeout(Math.max(1, o.deadline - Date.now())),
    });
    return { ok: true, arn: out.Arn ?? '', account: out.Account ?? '', userId: out.UserId ?? '' };
  } catch (err) {
    return awsError(err);
  } finally {
    client.destroy();
  }
}
