/**
 * An HTTPS TokenReview (authentication.k8s.io/v1) webhook served by the test process on 127.0.0.1,
 * for kube-apiserver's --authentication-token-webhook-config-file. Tests choose the answers.
 */
import { createServer, type Server } from 'node:https';
import { makeCA, makeCert, type Issued } from '../pki.js';
import { background } from './processes.js';

export interface WebhookUser {
  username: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
}

/**
 * What the webhook answers for a token: a user (authenticated; `audiences` is echoed as
 * status.audiences when given), `{ error }` (not authenticated, with status.error), or undefined
 * (not authenticated, no error).
 */
export type WebhookAnswer =
  { user: WebhookUser; audiences?: string[] } | { error: string } | undefined;

/** One TokenReview the apiserver sent, with what the webhook answered. */
export interface TokenReviewRecord {
  at: Date;
  apiVersion: string;
  token: string;
  /** spec.audiences as the apiserver sent them (absent when it sent none). */
  audiences?: string[];
  /** The HTTP status answered (500 when the authenticator threw). */
  httpStatus: number;
  /** The status object answered (absent for HTTP 500). */
  status?: Record<string, unknown>;
}

export type Authenticator = (
  token: string,
  review: { audiences?: string[] },
) => WebhookAnswer | Promise<WebhookAnswer>;

export interface TokenWebhook {
  /** https://127.0.0.1:PORT/authenticate */
  url: string;
  /** The CA that issued the webhook's serving certificate (in the apiserver's webhook kubeconfig). */
  ca: Issued;
  /** Replaces the authenticator; without an argument, restores the default (`webhookToken`). */
  setAuthenticator(fn?: Authenticator): void;
  /** Every TokenReview received, oldest first. */
  readonly reviews: TokenReviewRecord[];
  clearReviews(): void;
  /** The kubeconfig kube-apiserver reads to reach this webhook. */
  kubeconfig(): string;
  close(): Promise<void>;
}

const PREFIX = 'kp-webhook.';

/** A token the default authenticator accepts: `kp-webhook.` + base64url(JSON of the user info). */
export function webhookToken(user: WebhookUser): string {
  return PREFIX + Buffer.from(JSON.stringify(user)).toString('base64url');
}

/** Accepts `webhookToken(...)` tokens (a JSON object with a string username), nothing else. */
export const defaultAuthenticator: Authenticator = (token) => {
  if (!token.startsWith(PREFIX)) return undefined;
  try {
    const user = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8'));
    if (typeof user !== 'object' || user === null || typeof user.username !== 'string')
      return undefined;
    return { user: user as WebhookUser };
  } catch {
    return undefined;
  }
};

function statusFor(answer: WebhookAnswer): Record<string, unknown> {
  if (answer === undefined) return { authenticated: false };
  if ('error' in answer) return { authenticated: false, error: answer.error };
  return {
    authenticated: true,
    user: answer.user,
    ...(answer.audiences ? { audiences: answer.audiences } : {}),
  };
}

function readBody(req: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebhook(): Promise<TokenWebhook> {
  const ca = makeCA({ cn: 'kube-preflight-webhook-ca', keyType: 'p256' });
  const serving = makeCert({
    cn: 'token-webhook',
    issuer: ca,
    usage: 'server',
    sans: ['127.0.0.1'],
  });
  let authenticate: Authenticator = defaultAuthenticator;
  const reviews: TokenReviewRecord[] = [];

  const server: Server = createServer(
    { cert: serving.certPem, key: serving.keyPem },
    (req, res) => {
      void (async () => {
        const review = JSON.parse(await readBody(req)) as {
          apiVersion?: string;
          spec?: { token?: string; audiences?: string[] };
        };
        const token = review.spec?.token ?? '';
        const audiences = review.spec?.audiences ?? undefined;
        const record: TokenReviewRecord = {
          at: new Date(),
          apiVersion: review.apiVersion ?? '',
          token,
          ...(audiences ? { audiences } : {}),
          httpStatus: 200,
        };
        reviews.push(record);
        let status: Record<string, unknown>;
        try {
          status = statusFor(await authenticate(token, audiences ? { audiences } : {}));
        } catch (err) {
          record.httpStatus = 500;
          res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
          return;
        }
        record.status = status;
        const body = { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', status };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      })().catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    background(server).listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  const url = `https://127.0.0.1:${port}/authenticate`;

  return {
    url,
    ca,
    setAuthenticator: (fn) => {
      authenticate = fn ?? defaultAuthenticator;
    },
    reviews,
    clearReviews: () => {
      reviews.length = 0;
    },
    kubeconfig: () =>
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: webhook',
        'clusters:',
        '- name: token-webhook',
        '  cluster:',
        `    server: ${url}`,
        `    certificate-authority-data: ${Buffer.from(ca.certPem).toString('base64')}`,
        'users:',
        '- name: kube-apiserver',
        '  user: {}',
        'contexts:',
        '- name: webhook',
        '  context: {cluster: token-webhook, user: kube-apiserver}',
        '',
      ].join('\n'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
