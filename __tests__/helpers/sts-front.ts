/**
 * Presigned STS GetCallerIdentity for the loopback AWS front (aws-front.ts), backed by moto: moto
 * 5.2.1 routes an unsigned GET with query auth to S3 and never checks its signature, so the front
 * hands such a URL here, which does what STS does with it. It verifies the SigV4 query signature
 * against the secrets the harness got from moto (received Host header and every header in
 * X-Amz-SignedHeaders, as STS), checks the session token and STS's 15-minute window (X-Amz-Expires
 * is ignored, as STS does), then asks moto, by access key, who the caller is. Errors carry STS's
 * codes and wordings. Answers are JSON when the client accepts application/json (as real STS
 * answers), else XML.
 */
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { amzDate, enc, hmac, sha256 } from './sigv4.js';

/** What the front knows about a key: its secret and, for temporary keys, the session token. */
export interface Secret {
  secretAccessKey: string;
  sessionToken?: string;
}

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
/** STS's words for a session that has ended (the token signed with it is refused the same way). */
export const EXPIRED = 'The security token included in the request is expired';
type Refusal = { status: number; code: string; message: string };

/** Checks a presigned GetCallerIdentity as STS does: the signed X-Amz-Credential, or why not. */
function verify(
  req: http.IncomingMessage,
  keys: ReadonlyMap<string, Secret>,
  expired: ReadonlySet<string>,
): string | Refusal {
  const url = new URL(req.url ?? '/', 'http://front');
  const q = url.searchParams;
  const [signature, credential = '', date = '', signed = ''] = [
    'Signature',
    'Credential',
    'Date',
    'SignedHeaders',
  ].map((k) => q.get(`X-Amz-${k}`) ?? undefined);
  const refuse = (status: number, code: string, message: string) => ({ status, code, message });
  if (q.get('Action') !== 'GetCallerIdentity')
    return refuse(400, 'InvalidAction', 'only GetCallerIdentity');
  if (!signature || q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256')
    return refuse(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
  const akid = credential.split('/')[0] ?? '';
  const key = keys.get(akid);
  if (!key || (key.sessionToken ?? null) !== q.get('X-Amz-Security-Token'))
    return refuse(
      403,
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
    );
  if (expired.has(akid)) return refuse(403, 'ExpiredToken', EXPIRED);
  const now = Date.now();
  const skew =
    now -
    Date.parse(date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (!(skew <= 900e3))
    return refuse(
      403,
      'SignatureDoesNotMatch',
      `Signature expired: ${date} is now earlier than ${amzDate(now - 900e3)} (${amzDate(now)} - 15 min.)`,
    );
  if (skew < -300e3)
    return refuse(
      403,
      'SignatureDoesNotMatch',
      `Signature not yet current: ${date} is still later than ${amzDate(now + 300e3)} (${amzDate(now)} + 5 min.)`,
    );
  const query = [...q]
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => `${enc(k)}=${enc(v)}`);
  const header = (h: string) =>
    `${h}:${String(req.headers[h] ?? '')
      .trim()
      .replace(/\s+/g, ' ')}\n`;
  const request = [
    'GET',
    url.pathname,
    query.sort().join('&'),
    signed.split(';').map(header).join(''),
    signed,
    sha256(''),
  ];
  const scope = credential.slice(akid.length + 1);
  let k: Buffer | string = `AWS4${key.secretAccessKey}`;
  for (const part of scope.split('/')) k = hmac(k, part);
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(request.join('\n'))].join('\n');
  return hmac(k, toSign).toString('hex') === signature
    ? credential
    : refuse(403, 'SignatureDoesNotMatch', MISMATCH);
}

/** An STS error document, JSON or XML as real STS writes them. */
function stsError({ code, message }: Refusal, json: boolean): string {
  const RequestId = randomUUID();
  if (json)
    return JSON.stringify({ Error: { Type: 'Sender', Code: code, Message: message }, RequestId });
  const text = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${text}</Message></Error><RequestId>${RequestId}</RequestId></ErrorResponse>`;
}

/** Whether aws-front.ts hands `req` here: a GET with query auth, or GetCallerIdentity without auth. */
export function isPresignedSts(req: http.IncomingMessage): boolean {
  const q = new URL(req.url ?? '/', 'http://front').searchParams;
  const unsigned = !req.headers.authorization && q.get('Action') === 'GetCallerIdentity';
  return req.method === 'GET' && (q.has('X-Amz-Signature') || unsigned);
}

/**
 * Answers a presigned GetCallerIdentity as STS does: refused with STS's error, or verified and then
 * answered by moto at `moto` (asked by access key: moto reads only the key id).
 */
export function answerPresignedSts(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  moto: string,
  keys: ReadonlyMap<string, Secret>,
  expired: ReadonlySet<string> = new Set(),
): void {
  const json = /application\/json/.test(req.headers.accept ?? '');
  const type = { 'content-type': json ? 'application/json' : 'text/xml' };
  const verdict = verify(req, keys, expired);
  if (typeof verdict !== 'string') {
    res.writeHead(verdict.status, type).end(stsError(verdict, json));
    return;
  }
  const authorization = `AWS4-HMAC-SHA256 Credential=${verdict}, SignedHeaders=host, Signature=verified`;
  const body = `Action=GetCallerIdentity&Version=2011-06-15${json ? '&ContentType=JSON' : ''}`;
  const headers = { authorization, 'content-type': 'application/x-www-form-urlencoded' };
  fetch(`${moto}/`, { method: 'POST', headers, body })
    .then(async (r) => res.writeHead(r.status, type).end(await r.text()))
    .catch((e: Error) => res.writeHead(502).end(e.message));
}
