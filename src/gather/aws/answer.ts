/** AWS SDK and network errors as facts: no stack, no request details, scrubbed before clipped. */
import type { AwsAnswer } from '../../model/aws/eks-facts.js';
import type { SecretSet } from '../secrets.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

type AwsFailure = Extract<AwsAnswer<never>, { ok: false }>;

/** One line, at most 300 characters: scrubbed first, so that no cut-off secret survives. */
export const clipMessage = (text: string, secrets: SecretSet): string =>
  secrets.scrub(text.split('\n')[0] ?? '').slice(0, 300);

function awsError(err: unknown, secrets: SecretSet): AwsFailure {
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
    message: clipMessage(message, secrets),
    ...(status ? { status } : {}),
    ...(attempts > 1 ? { attempts } : {}),
  };
}

/** Runs one AWS call; an SDK or network error becomes the answer. */
export async function answer<T>(secrets: SecretSet, f: () => Promise<T>): Promise<AwsAnswer<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (err) {
    return awsError(err, secrets);
  }
}
