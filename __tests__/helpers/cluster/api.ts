/** A minimal HTTPS client for the live apiserver (node:https; no kubectl, no keep-alive). */
import { request } from 'node:https';
import type { Issued } from '../pki.js';

/** Who a request is sent as: a client certificate, a bearer token, or nobody. */
export type Credentials = Issued | { token: string } | 'anonymous';

export interface ApiResponse<T> {
  status: number;
  /** Parsed JSON when the response is JSON, else the text. */
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

export const HARNESS_USER_AGENT = 'kube-preflight-harness';

export type ApiFn = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  as?: Credentials,
) => Promise<ApiResponse<T>>;

export function apiClient(server: string, caPem: string, admin: Issued): ApiFn {
  return (method, path, body, as = admin) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = {
        accept: 'application/json',
        'user-agent': HARNESS_USER_AGENT,
      };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      let tls = {};
      if (as !== 'anonymous' && 'token' in as) headers.authorization = `Bearer ${as.token}`;
      else if (as !== 'anonymous') tls = { cert: as.certPem, key: as.keyPem };
      const req = request(
        new URL(path, server),
        { method, headers, ca: caPem, ...tls, agent: false, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            if (/json/.test(res.headers['content-type'] ?? '')) {
              try {
                parsed = JSON.parse(text);
              } catch {
                // leave the text
              }
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as never, headers: res.headers });
          });
        },
      );
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.end(payload);
    });
}

/** Throws unless the response is 2xx (or one of `ok`). */
export function expectOk<T>(what: string, r: ApiResponse<T>, ok: number[] = []): ApiResponse<T> {
  if ((r.status >= 200 && r.status < 300) || ok.includes(r.status)) return r;
  throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
}

export interface UserInfo {
  username: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
}

/** POSTs a SelfSubjectReview as `as`: 201 with the user, or the error status and message. */
export async function selfSubjectReview(
  api: ApiFn,
  as: Credentials,
): Promise<{ status: number; user?: UserInfo; message?: string }> {
  const review = { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' };
  const path = '/apis/authentication.k8s.io/v1/selfsubjectreviews';
  const r = await api<{ status?: { userInfo?: UserInfo }; message?: string } | string>(
    'POST',
    path,
    review,
    as,
  );
  if (typeof r.body === 'string') return { status: r.status, message: r.body };
  if (r.status === 201) return { status: r.status, user: r.body.status?.userInfo };
  return { status: r.status, message: r.body.message };
}
