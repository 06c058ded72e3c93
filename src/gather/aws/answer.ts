import type { AwsAnswer } from '../../model/aws/eks-facts.js';
import type { SecretSet } from '../secrets.js';
import { awsError } from './caller.js';

/** Runs one AWS call; an SDK or network error becomes the answer (scrubbed, no stack). */
export async function answer<T>(secrets: SecretSet, f: () => Promise<T>): Promise<AwsAnswer<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (err) {
    const e = awsError(err);
    return { ...e, message: secrets.scrub(e.message) };
  }
}
