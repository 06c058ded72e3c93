/**
 * SigV4 building blocks for the test side (the token maker and the STS front). Production signs
 * with its own code (src/gather/aws/eks-token.ts), so the tests stay an independent oracle.
 */
import { createHash, createHmac } from 'node:crypto';

/** RFC 3986 encoding as SigV4 wants it (only A-Z a-z 0-9 - _ . ~ left as is). */
export const enc = (s: string): string =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
export const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest();

/** `yyyymmddTHHMMSSZ` */
export const amzDate = (d: Date | number): string =>
  new Date(d).toISOString().replace(/[-:]|\.\d{3}/g, '');
